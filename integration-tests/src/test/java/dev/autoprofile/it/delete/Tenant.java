package dev.autoprofile.it.delete;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Removes its profile with it through {@code orphanRemoval} on the inverse attribute; SEQUENCE ids,
 * so that inserts are queued until the flush instead of run at {@code persist}.
 */
@Entity
@Table(name = "it_d_tenant")
@AutoProfile(model = TenantProfile.class)
public class Tenant implements Removable {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_d_tenant_seq")
  @SequenceGenerator(name = "it_d_tenant_seq", sequenceName = "it_d_tenant_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String email;

  @OneToOne(mappedBy = "tenant", orphanRemoval = true)
  private TenantProfile profile;

  protected Tenant() {}

  public Tenant(String name) {
    this.name = name;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public TenantProfile getProfile() {
    return profile;
  }

  public void setProfile(TenantProfile profile) {
    this.profile = profile;
  }
}
