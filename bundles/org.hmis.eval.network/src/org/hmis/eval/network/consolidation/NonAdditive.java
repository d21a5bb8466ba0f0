/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;

/**
 * The indicators a consolidation does not compute, declared as data in
 * {@code consolidation.properties}: those whose inputs are assessments of one mutual (checklist
 * scores, Table 16), samples of one mutual's area (surveys), figures that would count a shared
 * provider twice, or register rows that are not merged. Each group says why, in English and French;
 * a family added later is consolidated unless a group names its codes. It also lists the indicators
 * that use no amount, the only ones consolidated over members that keep different currencies.
 */
final class NonAdditive {

	static final TextBundle TEXTS = TextBundle.of(NonAdditive.class,
			"org.hmis.eval.network.consolidation.consolidation");

	private record Group(LocalizedText reason, boolean registersOnly) {
	}

	private final Map<String, Group> byCode = new LinkedHashMap<>();
	private final List<String> currencyFree;

	NonAdditive() {
		ResourceBundle declared = ResourceBundle.getBundle("org.hmis.eval.network.consolidation.consolidation",
				LocalizedText.CONTRACT, NonAdditive.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		for (String group : list(declared.getString("groups"))) {
			Group entry = new Group(TEXTS.text(group + ".reason"), flag(declared, group + ".registersOnly"));
			list(declared.getString(group + ".codes")).forEach(code -> byCode.put(code, entry));
		}
		currencyFree = list(declared.getString("currencyFree.codes"));
	}

	/** @return true when the indicator uses no amount, so members in different currencies still add up */
	boolean isCurrencyFree(String code) {
		return currencyFree.contains(code);
	}

	/**
	 * @param membersKeepRegisters true when a member covered keeps registers
	 * @return why the indicator is not consolidated; empty when its inputs add up
	 */
	Optional<LocalizedText> reason(String code, boolean membersKeepRegisters) {
		Group group = byCode.get(code);
		if (group == null || group.registersOnly() && !membersKeepRegisters) {
			return Optional.empty();
		}
		return Optional.of(group.reason());
	}

	private static List<String> list(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
	}

	private static boolean flag(ResourceBundle bundle, String key) {
		try {
			return Boolean.parseBoolean(bundle.getString(key).trim());
		} catch (MissingResourceException e) {
			return false;
		}
	}
}
