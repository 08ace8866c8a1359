package dev.autoprofile.stacks.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.stacks.quarkus.members.Member;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** {@code %autoprofile-off.autoprofile.enabled=false}: no listener, and a backfill refuses to run. */
@QuarkusTest
@TestProfile(StartupProfiles.SwitchedOff.class)
class SwitchedOffTest {
  @Inject
  Rows rows;

  @Inject
  EntityManagerFactory entityManagerFactory;

  @Test
  void aNewMemberGetsNoProfile() {
    QuarkusTransaction.requiringNew().run(() -> Member.named("unprofiled").persist());
    QuarkusTransaction.requiringNew().run(() -> {
      assertEquals(0, rows.memberProfilesByNickname("unprofiled"));
      assertEquals(0, rows.badgesByNickname("unprofiled"));
    });
  }

  @Test
  void theBackfillSaysItIsSwitchedOff() {
    var e = assertThrows(IllegalStateException.class, () -> AutoProfiles.backfill(entityManagerFactory));
    assertTrue(e.getMessage().contains("autoprofile.enabled=false"), e.getMessage());
  }

  @Test
  void nothingWarns() {
    assertEquals(List.of(), StartupLog.atLeast(Level.WARNING));
  }
}
