package dev.autoprofile.it.delete;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Maps no inverse attribute: nothing leads from it to its profile (onDelete = DELETE by default). SEQUENCE ids: inserts wait for the flush. */
@Entity
@Table(name = "it_d_lodger")
@AutoProfile(model = LodgerProfile.class)
public class Lodger implements Leaving {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_d_lodger_seq")
  @SequenceGenerator(name = "it_d_lodger_seq", sequenceName = "it_d_lodger_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String email;

  protected Lodger() {}

  public Lodger(String name) {
    this.name = name;
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public void setEmail(String email) {
    this.email = email;
  }
}
