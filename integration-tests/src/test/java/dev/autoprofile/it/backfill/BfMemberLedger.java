package dev.autoprofile.it.backfill;

import dev.autoprofile.OnUpdate;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Declared on the model, and never saved with its user: backfilled all the same. */
@Entity
@Table(name = "it_bf_member_ledger")
@ProfileOf(value = BfMember.class, onUpdate = OnUpdate.IGNORE)
public class BfMemberLedger {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne(optional = false)
  private BfMember member;

  private int balance = 100;

  public BfMemberLedger() {}

  public BfMember getMember() {
    return member;
  }

  public void setMember(BfMember member) {
    this.member = member;
  }

  public int getBalance() {
    return balance;
  }
}
