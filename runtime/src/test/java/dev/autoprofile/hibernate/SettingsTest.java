package dev.autoprofile.hibernate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void onUnlessSwitchedOff() {
    assertTrue(Settings.enabled(Map.of()));
    assertTrue(Settings.enabled(Map.of("autoprofile.enabled", "true")));
    assertTrue(Settings.enabled(Map.of("autoprofile.enabled", Boolean.TRUE)));
    assertFalse(Settings.enabled(Map.of("autoprofile.enabled", " FALSE ")));
    assertFalse(Settings.enabled(Map.of("autoprofile.enabled", Boolean.FALSE)));
  }

  @Test
  void anotherValueIsAnErrorThatNamesTheProperty() {
    var e = assertThrows(AutoProfileException.class, () -> Settings.enabled(Map.of("autoprofile.enabled", "yes")));
    assertTrue(e.getMessage().contains("'autoprofile.enabled' must be 'true' or 'false', not 'yes'"), e.getMessage());
    assertTrue(e.getMessage().contains("spring.jpa.properties.autoprofile.enabled"), e.getMessage());
  }
}
