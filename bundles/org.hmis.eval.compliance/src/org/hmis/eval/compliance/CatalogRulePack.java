/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;

/**
 * A pack whose rules are data in its bundle: {@code <base>.properties} declares the rules (left,
 * operator, right, importance, missing-value strategy, legal text and article, scope) and the
 * thresholds; {@code <base>_messages.properties} and {@code _messages_fr.properties} hold the
 * titles and the names of the legal texts; {@code <base>-thresholds.csv}, when present, the values
 * the pack ships. A subclass only names the catalogue (see the WAEMU pack). A mistake in a
 * catalogue fails when the pack is created, naming the catalogue and the rule.
 */
public abstract class CatalogRulePack implements RulePack {

	private final String catalog;
	private final String id;
	private final TextBundle texts;
	private final List<ThresholdDefinition> thresholds;
	private final List<ComplianceRule> rules;
	private final Thresholds defaults;

	/** @param catalogBaseName resource path of the catalogue inside the subclass's bundle, without ".properties" */
	protected CatalogRulePack(String catalogBaseName) {
		this.catalog = catalogBaseName + ".properties";
		Properties properties = load(catalogBaseName + ".properties");
		this.id = required(properties, "pack");
		this.texts = TextBundle.of(getClass(), catalogBaseName.replace('/', '.') + "_messages");
		this.thresholds = list(properties, "thresholds").stream()
				.map(name -> new ThresholdDefinition(name, properties.getProperty("threshold." + name + ".unit", ""),
						text("threshold." + name)))
				.toList();
		this.rules = list(properties, "rules").stream().map(rule -> rule(properties, rule)).toList();
		this.defaults = optional(catalogBaseName + "-thresholds.csv")
				.map(csv -> Thresholds.parse(csv, catalogBaseName + "-thresholds.csv")).orElse(Thresholds.NONE);
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String title(Locale locale) {
		return text("pack.title").text(locale);
	}

	@Override
	public List<ComplianceRule> rules() {
		return rules;
	}

	@Override
	public List<ThresholdDefinition> thresholds() {
		return thresholds;
	}

	@Override
	public Thresholds defaultThresholds() {
		return defaults;
	}

	/** @return a text of the pack's messages, checked to exist */
	protected final LocalizedText text(String key, Object... arguments) {
		try {
			return texts.text(key, arguments);
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException(catalog + ": " + e.getMessage(), e);
		}
	}

	private ComplianceRule rule(Properties properties, String rule) {
		try {
			Condition test = new Condition(Expression.parse(required(properties, rule + ".left")),
					Comparison.ofSymbol(required(properties, rule + ".operator")),
					Expression.parse(required(properties, rule + ".right")));
			String article = setting(properties, rule, "article");
			LegalReference reference = new LegalReference(text("legal." + required(properties, rule + ".legal")),
					article.isBlank() ? Optional.empty() : Optional.of(article.strip()));
			Optional<Condition> when = Optional.of(setting(properties, rule, "when")).filter(w -> !w.isBlank())
					.map(Condition::parse);
			Scope scope = new Scope(codes(setting(properties, rule, "country")), words(setting(properties, rule, "kind")),
					year(setting(properties, rule, "from_year")), year(setting(properties, rule, "to_year")), when);
			ComplianceRule parsed = new ComplianceRule(id, rule, text(rule + ".title"), reference, test,
					properties.getProperty(rule + ".left").strip(), properties.getProperty(rule + ".right").strip(),
					Importance.parse(properties.getProperty(rule + ".importance")),
					MissingValueStrategy.parse(properties.getProperty(rule + ".missing")), scope);
			checkTerms(parsed);
			return parsed;
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException(catalog + ": rule " + rule + ": " + e.getMessage(), e);
		}
	}

	/** Unknown functions and undeclared thresholds are the pack author's mistakes: said at once. */
	private void checkTerms(ComplianceRule rule) {
		List<Term> terms = new ArrayList<>(rule.test().terms());
		rule.scope().when().ifPresent(when -> terms.addAll(when.terms()));
		Set<String> declared = thresholds.stream().map(ThresholdDefinition::name).collect(Collectors.toSet());
		for (Term term : terms) {
			if (term.function() && !ModelTerms.isKnown(term)) {
				throw new IllegalArgumentException(term + " is not a term rules can read (" + ModelTerms.FUNCTIONS + ")");
			}
			if (term.isThreshold() && !declared.contains(term.argument())) {
				throw new IllegalArgumentException(term + " is not declared in thresholds");
			}
		}
	}

	/** @return the rule's own setting, else the pack's default ({@code default.country}...) */
	private static String setting(Properties properties, String rule, String name) {
		return properties.getProperty(rule + "." + name, properties.getProperty("default." + name, ""));
	}

	private static Set<String> codes(String list) {
		Set<String> codes = words(list).stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
		for (String code : codes) {
			if (!Countries.isCode(code)) {
				throw new IllegalArgumentException("'" + code + "' is not an ISO 3166 country code");
			}
		}
		return codes;
	}

	private static Set<String> words(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}

	private static Optional<Integer> year(String text) {
		return text.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
	}

	private static List<String> list(Properties properties, String key) {
		return Arrays.stream(properties.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.toList();
	}

	private String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(catalog + ": " + key + " is missing");
		}
		return value.strip();
	}

	private Properties load(String path) {
		Properties properties = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " not found next to " + getClass().getName());
			}
			properties.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(path, e);
		}
		return properties;
	}

	private Optional<String> optional(String path) {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
			return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(path, e);
		}
	}
}
