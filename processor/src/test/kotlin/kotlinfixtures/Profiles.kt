package kotlinfixtures

import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.OneToOne

// Kotlin profile models, each built differently from Java's view. KotlinTest pairs each with a
// Java user extending Account.

/** The model: Kotlin calls DefaultsProfile(account), Java sees no such constructor. */
@Entity
class DefaultsProfile(
    @OneToOne(optional = false) var account: Account,
    var displayName: String = "new user",
) {
    @Id @GeneratedValue var id: Long? = null
}

/** The user after a parameter with a default: still callable with the user alone in Kotlin. */
@Entity
class UserLastProfile(
    var theme: String = "light",
    @OneToOne(optional = false) var account: Account,
) {
    @Id @GeneratedValue var id: Long? = null
}

/** The fix: @JvmOverloads gives Java OverloadsProfile(Account). */
@Entity
class OverloadsProfile @JvmOverloads constructor(
    @OneToOne(optional = false) var account: Account,
    var displayName: String = "new user",
) {
    @Id @GeneratedValue var id: Long? = null
}

/** The other fix: a secondary constructor taking the user alone. */
@Entity
class SecondaryProfile(
    @OneToOne(optional = false) var account: Account,
    var displayName: String = "new user",
) {
    constructor(account: Account) : this(account, "new user")

    @Id @GeneratedValue var id: Long? = null
}

/** No defaults: Kotlin cannot build it with the user alone either, so nothing is lost. */
@Entity
class NoDefaultsProfile(
    @OneToOne(optional = false) var account: Account,
    var displayName: String,
) {
    @Id @GeneratedValue var id: Long? = null
}

/** Some defaults but not all: as above, Kotlin too needs more than the user. */
@Entity
class SomeDefaultsProfile(
    @OneToOne(optional = false) var account: Account,
    var displayName: String,
    var theme: String = "light",
) {
    @Id @GeneratedValue var id: Long? = null
}

/** Every parameter has a default: kotlinc writes a no-argument constructor that applies them. */
@Entity
class AllDefaultsProfile(
    @OneToOne(optional = false) var account: Account? = null,
    var displayName: String = "new user",
) {
    @Id @GeneratedValue var id: Long? = null
}

/** A secondary constructor defaulting all but the user: Java gets no overload of it. */
@Entity
class SecondaryDefaultsProfile(
    @OneToOne(optional = false) var account: Account,
    var displayName: String,
) {
    constructor(account: Account, theme: Int = 1, displayName: String = "new user $theme") : this(account, displayName)

    @Id @GeneratedValue var id: Long? = null
}
