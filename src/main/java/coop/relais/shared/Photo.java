package coop.relais.shared;

/** A photo as stored: its type (image/jpeg, image/png or image/webp, from its first bytes) and its bytes. */
public record Photo(String type, byte[] bytes) {}
