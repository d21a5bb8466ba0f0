/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.checklists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assessment checklists of the guide (T.1.1 to T.8, H.1, F.8, F.9): for each, its items,
 * all of equal weight. The items and their wording (English and French) are reference data in
 * {@code checklists.properties}; the number of items of a checklist is the number of its keys.
 */
public final class ChecklistCatalog {

	private static final String BASE_NAME = "org.hmis.eval.model.checklists.checklists";
	private static final Pattern ITEM = Pattern.compile("^(\\S+)\\.(\\d+)\\s*=");
	private static final ChecklistCatalog INSTANCE = load();

	private final Map<String, Integer> itemCounts;

	private ChecklistCatalog(Map<String, Integer> itemCounts) {
		this.itemCounts = itemCounts;
	}

	public static ChecklistCatalog get() {
		return INSTANCE;
	}

	/** @return the checklist codes, in the guide's order */
	public List<String> checklists() {
		return List.copyOf(itemCounts.keySet());
	}

	/** @return the number of items of a checklist, empty when the code is unknown */
	public Optional<Integer> itemCount(String checklist) {
		return Optional.ofNullable(itemCounts.get(checklist));
	}

	public String title(String checklist, Locale locale) {
		return bundle(locale).getString(checklist + ".title");
	}

	public String item(String checklist, int item, Locale locale) {
		return bundle(locale).getString(checklist + "." + item);
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BASE_NAME, locale, ChecklistCatalog.class.getClassLoader());
	}

	private static ChecklistCatalog load() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (InputStream in = ChecklistCatalog.class.getResourceAsStream("checklists.properties");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				Matcher matcher = ITEM.matcher(line);
				if (matcher.find()) {
					counts.merge(matcher.group(1), 1, Integer::sum);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the checklist catalog", e);
		}
		return new ChecklistCatalog(counts);
	}
}
