package dev.autoprofile.hibernate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * This module's tests have MicroProfile Config's API and no implementation: a library that brings
 * the API alone must not stop bootstrap. Quarkus' implementation is tested in stacks/quarkus.
 */
class MicroProfileConfigTest {

  @Test
  void theApiWithoutAnImplementationGivesNoValueAndNoError() {
    assertThrows(IllegalStateException.class, ConfigProvider::getConfig,
        "this test needs the API without an implementation");
    assertNull(assertDoesNotThrow(() -> MicroProfileConfig.value(Settings.BACKFILL)));
    assertTrue(Settings.enabled(Map.of()));
    assertEquals(Settings.StartupBackfill.NONE, Settings.backfill(Map.of()));
  }
}
