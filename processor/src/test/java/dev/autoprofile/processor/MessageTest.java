package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The message catalogue: names, formats, and the README that documents every tag. */
class MessageTest {
  private static final Pattern TAG = Pattern.compile("\\[(AutoProfile[A-Za-z]+)\\]");
  private static final Pattern ERROR_ROW = Pattern.compile("^\\| `\\[(AutoProfile[A-Za-z]+)\\]` \\|");

  @Test
  void eachConstantIsItsTagInUpperSnakeCase() {
    for (Message message : Message.values()) {
      String snake = message.tag().substring("AutoProfile".length())
          .replaceAll("(?<=.)([A-Z])", "_$1").toUpperCase(Locale.ROOT);
      assertWithMessage("constant for [%s]", message.tag()).that(message.name()).isEqualTo(snake);
    }
  }

  /**
   * {@code %1$s} ... {@code %n$s}, each at least once, in each text of a constant (the one printed
   * on {@code @ProfileOf} too): every argument passed is printed, none twice.
   */
  @Test
  void formatsNumberTheirArgumentsFromOneWithoutGaps() {
    Pattern specifier = Pattern.compile("%(?:(\\d+)\\$)?s");
    for (Message message : Message.values()) {
      for (String template : message.templates()) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = specifier.matcher(template);
        while (m.find()) {
          assertWithMessage("%s: an unnumbered specifier in %s", message, template).that(m.group(1)).isNotNull();
          used.add(Integer.parseInt(m.group(1)));
        }
        assertWithMessage("%s: argument numbers in %s", message, template).that(List.copyOf(used))
            .isEqualTo(IntStream.rangeClosed(1, used.size()).boxed().toList());
      }
    }
  }

  /**
   * Every error tag is a row of the README's compile-error table, the warning is its warning line,
   * the note is in its options table; every tag the README names exists.
   */
  @Test
  void theReadmeDocumentsExactlyTheTags() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("../README.md"));
    Set<String> errorRows = new TreeSet<>();
    for (String line : readme) {
      Matcher row = ERROR_ROW.matcher(line);
      if (row.find()) {
        errorRows.add(row.group(1));
      }
    }
    String warningLine = readme.stream().filter(l -> l.startsWith("One warning: ")).findFirst().orElse("");
    String optionsTable = section(readme, "#### Options");

    Set<String> enumTags = Arrays.stream(Message.values()).map(Message::tag).collect(Collectors.toSet());
    for (Message message : Message.values()) {
      String tag = "[" + message.tag() + "]";
      if (message.kind() == Diagnostic.Kind.ERROR) {
        assertWithMessage("README's compile-error table has a row for %s", tag)
            .that(errorRows).contains(message.tag());
      } else if (message.kind() == Diagnostic.Kind.WARNING) {
        assertWithMessage("README's warning line names %s", tag).that(warningLine).contains(tag);
      } else {
        assertWithMessage("README's options table names %s", tag).that(optionsTable).contains(tag);
      }
    }
    List<String> unknown = new ArrayList<>();
    Matcher named = TAG.matcher(String.join("\n", readme));
    while (named.find()) {
      if (!enumTags.contains(named.group(1))) {
        unknown.add(named.group(1));
      }
    }
    assertWithMessage("tags in README.md that no Message has").that(unknown).isEmpty();
    assertThat(errorRows).isNotEmpty();
  }

  /** The lines from {@code heading} to the next heading. */
  private static String section(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    assertWithMessage("README heading %s", heading).that(start).isAtLeast(0);
    StringBuilder text = new StringBuilder();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      text.append(lines.get(i)).append('\n');
    }
    return text.toString();
  }
}
