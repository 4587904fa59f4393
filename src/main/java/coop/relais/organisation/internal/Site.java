package coop.relais.organisation.internal;

import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteTimeZone;
import coop.relais.organisation.WeeklyOpeningHours;
import coop.relais.shared.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A conciergerie: its identity, address, contact, time zone and opening hours. Guards its own rules. */
public final class Site {

    private final UUID id;
    private final Instant createdAt;
    private String name;
    private SiteKind kind;
    private Address address;
    private String phone;
    private String email;
    private SiteTimeZone timeZone;
    private WeeklyOpeningHours openingHours;
    private boolean active;

    Site(UUID id, SiteDetails details, boolean active, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.active = active;
        apply(details);
    }

    public static Site open(UUID id, SiteDetails details, Instant at) {
        return new Site(id, details, true, at);
    }

    /** Applies everything an admin may change at once. */
    public void change(SiteDetails details) {
        apply(details);
    }

    public void rename(String newName) {
        this.name = Texts.required(newName, Texts.NAME);
    }

    public void changeContact(String newPhone, String newEmail) {
        this.phone = Texts.phone(newPhone);
        this.email = Texts.email(newEmail);
    }

    public void changeOpeningHours(WeeklyOpeningHours hours) {
        this.openingHours = Objects.requireNonNull(hours);
    }

    public void deactivate() {
        if (!active) {
            throw new DomainException("organisation.site.alreadyInactive", name);
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new DomainException("organisation.site.alreadyActive", name);
        }
        active = true;
    }

    private void apply(SiteDetails details) {
        Objects.requireNonNull(details);
        this.name = details.name();
        this.kind = details.kind();
        this.address = details.address();
        this.phone = details.phone();
        this.email = details.email();
        this.timeZone = details.timeZone();
        this.openingHours = details.openingHours();
    }

    public SiteDetails details() {
        return new SiteDetails(name, kind, address, phone, email, timeZone, openingHours);
    }

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String name() {
        return name;
    }

    public SiteKind kind() {
        return kind;
    }

    public Address address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public SiteTimeZone timeZone() {
        return timeZone;
    }

    public WeeklyOpeningHours openingHours() {
        return openingHours;
    }

    public boolean active() {
        return active;
    }
}
