package dev.autoprofile.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code autoprofile.*} in {@code application.properties}: put into the JPA properties of every
 * EntityManagerFactory, where its own {@code spring.jpa.properties.autoprofile.*} does not say otherwise.
 */
@ConfigurationProperties("autoprofile")
public class AutoProfileProperties {
  /**
   * Whether AutoProfile creates, saves and removes profiles. false switches it off, its startup
   * backfill and its endpoint's backfill too.
   */
  private boolean enabled = true;

  /**
   * What AutoProfile does, when an EntityManagerFactory starts, about users without their profiles:
   * none; check (one WARN per pair with the count); run (creates them before the application gets the
   * factory, and logs the report).
   */
  private Backfill backfill = Backfill.NONE;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Backfill getBackfill() {
    return backfill;
  }

  public void setBackfill(Backfill backfill) {
    this.backfill = backfill;
  }

  /** The values of {@code autoprofile.backfill}. */
  public enum Backfill {
    /** Nothing at startup. */
    NONE,
    /** One WARN per pair with users lacking the profile. */
    CHECK,
    /** Create the missing profiles at startup. */
    RUN
  }
}
