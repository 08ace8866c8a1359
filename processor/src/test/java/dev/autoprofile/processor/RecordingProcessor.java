package dev.autoprofile.processor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;

/**
 * Runs a processor with a {@link Filer} that records every source file it creates, with its
 * originating elements, as Gradle's isolating mode needs them.
 */
final class RecordingProcessor extends AbstractProcessor {
  /** One {@code create...} call; {@code file} is null for resources and class files. */
  record Created(String name, List<Element> originatingElements, JavaFileObject file) {}

  private final Processor delegate;
  final List<Created> created = new ArrayList<>();

  RecordingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Filer recording = new RecordingFiler(env.getFiler());
    delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getFiler")) {
            return recording;
          }
          try {
            return method.invoke(env, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      JavaFileObject file = filer.createSourceFile(name, originatingElements);
      created.add(new Created(name.toString(), List.of(originatingElements), file));
      return file;
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      created.add(new Created(name.toString(), List.of(originatingElements), null));
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      created.add(new Created(relativeName.toString(), List.of(originatingElements), null));
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
