/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for members and beneficiaries: a keyed hash (HMAC-SHA-256) of the identity,
 * so that the same person gets the same pseudonym in every export made with the same key (an
 * evaluation exported each year still links up), nobody without the key can recompute or reverse
 * it, and a member's and a beneficiary's pseudonyms differ even when their ids are equal. The
 * pseudonym is the kind's letter and 16 base-32 characters (80 bits of the hash): a collision
 * among a country's millions of people is improbable, and it is checked anyway, because two people
 * under one pseudonym would silently merge their records; the export then fails.
 */
public final class Pseudonyms implements PersonIds {

	/** Crockford's base 32: no I, L, O or U, so that a pseudonym read aloud or copied by hand comes back right. */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final int FULL_BITS = 80;

	private final Mac mac;
	private final int bits;
	private final Kind members = new Kind('M');
	private final Kind beneficiaries = new Kind('B');

	private Pseudonyms(byte[] key, int bits) {
		try {
			mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
		}
		this.bits = bits;
	}

	/** @return pseudonyms under {@code key} (see {@link PseudonymKey} for where the key comes from) */
	public static Pseudonyms withKey(byte[] key) {
		return new Pseudonyms(key, FULL_BITS);
	}

	/** For tests of the collision check only: pseudonyms of {@code bits} bits, so short that they collide. */
	static Pseudonyms withKeyAndBits(byte[] key, int bits) {
		return new Pseudonyms(key, bits);
	}

	@Override
	public synchronized String member(String id) {
		return members.pseudonym(id);
	}

	@Override
	public synchronized String beneficiary(String id) {
		return beneficiaries.pseudonym(id);
	}

	/** The pseudonyms given so far to one kind of person, both ways, to hand them out once and find collisions. */
	private final class Kind {

		private final char letter;
		private final Map<String, String> byId = new HashMap<>();
		private final Map<String, String> byPseudonym = new HashMap<>();

		Kind(char letter) {
			this.letter = letter;
		}

		String pseudonym(String id) {
			if (id == null) {
				return null;
			}
			String known = byId.get(id);
			if (known != null) {
				return known;
			}
			String pseudonym = compute(id);
			String other = byPseudonym.putIfAbsent(pseudonym, id);
			if (other != null) {
				throw new IllegalStateException("two " + (letter == 'M' ? "members" : "beneficiaries")
						+ " would share the pseudonym " + pseudonym + "; export again with another pseudonym key");
			}
			byId.put(id, pseudonym);
			return pseudonym;
		}

		private String compute(String id) {
			mac.update((byte) letter);
			byte[] hash = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
			StringBuilder text = new StringBuilder(1 + bits / 5).append(letter);
			// Five bits per character, taken from the start of the hash.
			for (int bit = 0; bit + 5 <= bits; bit += 5) {
				int value = 0;
				for (int b = bit; b < bit + 5; b++) {
					value = value << 1 | (hash[b >> 3] >> (7 - (b & 7))) & 1;
				}
				text.append(ALPHABET[value]);
			}
			return text.toString();
		}
	}
}
