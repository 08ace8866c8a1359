package dev.autoprofile.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Claims AutoProfile's annotations and writes one trivial source file per annotated class: the floor
 * under any processor that generates a file, since javac then runs a second round and compiles it
 * ({@link CompileCost}).
 */
public final class TrivialFileProcessor extends AbstractProcessor {
  public TrivialFileProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.autoprofile.AutoProfile", "dev.autoprofile.ProfileOf");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element annotated : round.getElementsAnnotatedWith(annotation)) {
        write((TypeElement) annotated);
      }
    }
    return false;
  }

  private void write(TypeElement type) {
    String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String name = type.getSimpleName() + "_Trivial";
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
      out.write("package " + pkg + ";\n\nfinal class " + name + " {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
