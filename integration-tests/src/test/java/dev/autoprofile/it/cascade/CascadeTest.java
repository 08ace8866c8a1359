package dev.autoprofile.it.cascade;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Users saved by cascade from another entity get their profiles too. */
class CascadeTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Team.class, Player.class, PlayerProfile.class);
  }

  private static long profilesOfTeam(SessionFactory emf, Long teamId) {
    return count(emf, "select count(p) from PlayerProfile p where p.player.team.id = ?1", teamId);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistCascadesToNewUsers(Database db) {
    SessionFactory emf = factory(db);
    Long teamId = fromTransaction(emf, em -> {
      Team team = new Team("persisted");
      Player first = team.sign("first");
      team.sign("second");
      em.persist(team);
      assertNotNull(first.getProfile());
      assertSame(first, first.getProfile().getPlayer());
      return team.getId();
    });
    assertEquals(2, profilesOfTeam(emf, teamId));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void flushCascadesToUsersAddedToAManagedEntity(Database db) {
    SessionFactory emf = factory(db);
    Long teamId = fromTransaction(emf, em -> {
      Team team = new Team("flushed");
      em.persist(team);
      team.sign("late signing"); // never persisted: reached by PERSIST_ONFLUSH at commit
      return team.getId();
    });
    assertEquals(1, count(emf, "select count(p) from Player p where p.team.id = ?1", teamId));
    assertEquals(1, profilesOfTeam(emf, teamId));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void mergeCascadesToNewUsers(Database db) {
    SessionFactory emf = factory(db);
    Long teamId = fromTransaction(emf, em -> {
      Team team = new Team("merged");
      team.sign("one");
      team.sign("two");
      Team managed = em.merge(team);
      for (Player player : managed.getPlayers()) {
        assertSame(player, player.getProfile().getPlayer(), "linked to the managed copy");
      }
      return managed.getId();
    });
    assertEquals(2, profilesOfTeam(emf, teamId));

    // a detached team with one more player: the new one gets a profile, the others keep theirs
    Team detached = fromTransaction(emf, em -> {
      Team team = em.find(Team.class, teamId);
      team.getPlayers().size();
      return team;
    });
    detached.sign("three");
    fromTransaction(emf, em -> em.merge(detached));
    assertEquals(3, profilesOfTeam(emf, teamId));
    assertEquals(3, count(emf, "select count(p) from Player p where p.team.id = ?1", teamId));
  }
}
