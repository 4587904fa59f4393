package coop.relais.orders;

/** A photo left as proof of completion, with its checked image type. */
public record ProofPhoto(String contentType, byte[] data) {}
