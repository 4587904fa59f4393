package coop.relais.organisation.internal;

import coop.relais.organisation.PostalCode;
import java.util.Objects;

/** A postal address in France. */
public record Address(String street, PostalCode postalCode, String city) {

    public Address {
        street = Texts.required(street, Texts.STREET);
        Objects.requireNonNull(postalCode, "postalCode");
        city = Texts.required(city, Texts.CITY);
    }
}
