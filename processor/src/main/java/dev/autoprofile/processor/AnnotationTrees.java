package dev.autoprofile.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * {@link SourceAnnotations} through javac's Tree API. Only {@link SourceAnnotations#of} names this
 * class, so that nothing else needs {@code jdk.compiler} to load.
 */
final class AnnotationTrees implements SourceAnnotations {
  private final Trees trees;

  private AnnotationTrees(Trees trees) {
    this.trees = trees;
  }

  /**
   * For javac's own environment; {@link SourceAnnotations#NONE} for any other (ECJ's, or one that
   * wraps javac's, as Gradle's incremental mode does).
   */
  static SourceAnnotations of(ProcessingEnvironment env) {
    try {
      return new AnnotationTrees(Trees.instance(env));
    } catch (RuntimeException notJavac) {
      return NONE;
    }
  }

  @Override
  public boolean print(Diagnostic.Kind kind, String message, Element element, String annotationName, int index,
      String member) {
    TreePath path = find(element, annotationName, index, member);
    if (path == null) {
      return false;
    }
    trees.printMessage(kind, message, path.getLeaf(), path.getCompilationUnit());
    return true;
  }

  @Override
  public String source(Element element, String annotationName, int index, String member) {
    TreePath path = find(element, annotationName, index, member);
    return path == null ? null : path.getLeaf().toString();
  }

  /**
   * The {@code index}-th annotation named {@code annotationName} written on {@code element} (in
   * source order, inside an explicit {@code @AutoProfile.List} too), or its {@code member} value;
   * null if not found.
   */
  private TreePath find(Element element, String annotationName, int index, String member) {
    if (index < 0 || annotationName == null) {
      return null;
    }
    TreePath classPath = trees.getPath(element);
    if (classPath == null || !(classPath.getLeaf() instanceof ClassTree type)) {
      return null;
    }
    TreePath modifiers = new TreePath(classPath, type.getModifiers());
    List<TreePath> found = new ArrayList<>();
    for (AnnotationTree annotation : type.getModifiers().getAnnotations()) {
      collect(new TreePath(modifiers, annotation), annotationName, found);
    }
    if (index >= found.size()) {
      return null;
    }
    TreePath annotation = found.get(index);
    if (member == null) {
      return annotation;
    }
    for (ExpressionTree argument : ((AnnotationTree) annotation.getLeaf()).getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(member)) {
        return new TreePath(new TreePath(annotation, assignment), assignment.getExpression());
      }
      if (!(argument instanceof AssignmentTree) && member.equals("value")) {
        return new TreePath(annotation, argument); // @ProfileOf(User.class)
      }
    }
    return annotation;
  }

  private void collect(TreePath path, String annotationName, List<TreePath> found) {
    AnnotationTree annotation = (AnnotationTree) path.getLeaf();
    String name = typeName(new TreePath(path, annotation.getAnnotationType()));
    if (annotationName.equals(name)) {
      found.add(path);
    } else if (PairAnnotation.AUTO_PROFILE_LIST.equals(name)) {
      for (ExpressionTree argument : annotation.getArguments()) {
        ExpressionTree value = argument instanceof AssignmentTree a ? a.getExpression() : argument;
        TreePath valuePath = new TreePath(path, value);
        List<? extends ExpressionTree> items =
            value instanceof NewArrayTree array ? array.getInitializers() : List.of(value);
        for (ExpressionTree item : items) {
          if (item instanceof AnnotationTree) {
            collect(new TreePath(valuePath, item), annotationName, found);
          }
        }
      }
    }
  }

  private String typeName(TreePath annotationType) {
    Element type = trees.getElement(annotationType);
    return type instanceof TypeElement t ? t.getQualifiedName().toString() : null;
  }
}
