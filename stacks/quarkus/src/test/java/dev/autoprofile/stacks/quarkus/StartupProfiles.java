package dev.autoprofile.stacks.quarkus;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The application started under one of the configuration profiles of application.properties
 * ({@code %backfill-run.autoprofile.backfill=run}, ...), its startup log kept by {@link StartupLog}.
 */
final class StartupProfiles {
  private StartupProfiles() {}

  abstract static class Logged implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(StartupLog.class));
    }
  }

  /** {@code autoprofile.backfill=run}, the way Quarkus users set it. */
  public static final class BackfillRun extends Logged {
    @Override
    public String getConfigProfile() {
      return "backfill-run";
    }
  }

  /** {@code autoprofile.backfill=check}. */
  public static final class BackfillCheck extends Logged {
    @Override
    public String getConfigProfile() {
      return "backfill-check";
    }
  }

  /** {@code autoprofile.enabled=false}. */
  public static final class SwitchedOff extends Logged {
    @Override
    public String getConfigProfile() {
      return "autoprofile-off";
    }
  }

  /** {@code autoprofile.backfill=run} as a Hibernate property through unsupported-properties, and =check as above. */
  public static final class UnsupportedProperty extends Logged {
    @Override
    public String getConfigProfile() {
      return "unsupported-property";
    }
  }
}
