package dev.autoprofile.bench.corpus;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @AutoProfile} and does nothing: what javac's annotation processing costs by
 * itself, the floor under any processor of that annotation ({@link CompileBreakdown}).
 */
public final class NoopProcessor extends AbstractProcessor {
  public NoopProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.autoprofile.AutoProfile", "dev.autoprofile.AutoProfile.List");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      round.getElementsAnnotatedWith(annotation).size();
    }
    return false;
  }
}
