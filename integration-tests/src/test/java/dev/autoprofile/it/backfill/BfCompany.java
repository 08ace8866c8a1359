package dev.autoprofile.it.backfill;

import jakarta.persistence.Entity;

@Entity
public class BfCompany extends BfParty {}
