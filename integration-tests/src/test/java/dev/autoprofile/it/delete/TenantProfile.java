package dev.autoprofile.it.delete;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_d_tenant_profile")
public class TenantProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_d_tenant_profile_seq")
  @SequenceGenerator(name = "it_d_tenant_profile_seq", sequenceName = "it_d_tenant_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "tenant_id", nullable = false, unique = true)
  private Tenant tenant;

  protected TenantProfile() {}

  public TenantProfile(Tenant tenant) {
    this.tenant = tenant;
  }

  public Tenant getTenant() {
    return tenant;
  }
}
