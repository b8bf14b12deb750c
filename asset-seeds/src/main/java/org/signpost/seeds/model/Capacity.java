package org.signpost.seeds.model;

/**
 * Places for referrals (extension {@code x_capacity}, after the HSDS 3.1 service_capacity idea).
 *
 * @param available places free now, zero or more
 * @param maximum   places in all, at least {@code available}; null when not stated
 */
public record Capacity(int available, Integer maximum) {
}
