package dev.autoprofile.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.hibernate.Settings.StartupBackfill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static final Function<String, String> NOTHING_ELSE = key -> null;

  @Test
  void onUnlessSwitchedOff() {
    assertTrue(Settings.enabled(Map.of(), NOTHING_ELSE));
    assertTrue(Settings.enabled(Map.of("autoprofile.enabled", "true"), NOTHING_ELSE));
    assertTrue(Settings.enabled(Map.of("autoprofile.enabled", Boolean.TRUE), NOTHING_ELSE));
    assertFalse(Settings.enabled(Map.of("autoprofile.enabled", " FALSE "), NOTHING_ELSE));
    assertFalse(Settings.enabled(Map.of("autoprofile.enabled", Boolean.FALSE), NOTHING_ELSE));
  }

  @Test
  void anotherValueIsAnErrorThatNamesThePropertyAndWhereItIsSet() {
    var e = assertThrows(AutoProfileException.class,
        () -> Settings.enabled(Map.of("autoprofile.enabled", "yes"), NOTHING_ELSE));
    assertTrue(e.getMessage().contains("'autoprofile.enabled' must be 'true' or 'false', not 'yes'"), e.getMessage());
    assertTrue(e.getMessage().contains("spring.jpa.properties.autoprofile.enabled"), e.getMessage());
    assertTrue(e.getMessage().contains("(Quarkus: autoprofile.enabled in application.properties)"), e.getMessage());
  }

  @Test
  void aPropertyTheUnitLacksIsTakenFromTheFallback() {
    List<String> asked = new ArrayList<>();
    Function<String, String> config = key -> {
      asked.add(key);
      return Map.of("autoprofile.enabled", "false", "autoprofile.backfill", "check").get(key);
    };
    assertFalse(Settings.enabled(Map.of(), config));
    assertEquals(StartupBackfill.CHECK, Settings.backfill(Map.of(), config));
    assertEquals(List.of("autoprofile.enabled", "autoprofile.backfill"), asked);
  }

  @Test
  void theUnitsOwnSettingWinsAndTheFallbackIsNotAsked() {
    Function<String, String> config = key -> {
      throw new AssertionError("asked for " + key);
    };
    assertTrue(Settings.enabled(Map.of("autoprofile.enabled", "true"), config));
    assertEquals(StartupBackfill.NONE, Settings.backfill(Map.of("autoprofile.backfill", "none"), config));
  }

  @Test
  void aWrongValueFromTheFallbackIsTheSameError() {
    var e = assertThrows(AutoProfileException.class, () -> Settings.backfill(Map.of(), key -> "sometimes"));
    assertTrue(e.getMessage().contains("'autoprofile.backfill' must be 'none', 'check' or 'run', not 'sometimes'"),
        e.getMessage());
  }

  @Test
  void backfillIsNoneUnlessSet() {
    assertEquals(StartupBackfill.NONE, Settings.backfill(Map.of(), NOTHING_ELSE));
    assertEquals(StartupBackfill.RUN, Settings.backfill(Map.of("autoprofile.backfill", " Run "), NOTHING_ELSE));
  }
}
