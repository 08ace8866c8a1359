package good.inherited;

import jakarta.persistence.Entity;

@Entity
public class Company extends Party {}
