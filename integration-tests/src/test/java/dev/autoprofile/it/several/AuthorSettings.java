package dev.autoprofile.it.several;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_author_settings")
public class AuthorSettings {
  @Id
  @GeneratedValue
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "author_id", unique = true)
  private Author author;

  private String theme;

  protected AuthorSettings() {}

  public AuthorSettings(Author author) {
    this.author = author;
  }

  public Long getId() {
    return id;
  }

  public Author getAuthor() {
    return author;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }
}
