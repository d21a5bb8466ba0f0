/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Reads a topic of a help bundle by its help href ({@code /org.hmis.eval.help/html/import.html}).
 * A translation under {@code nl/<language>/} of the same bundle is preferred, as Eclipse's help
 * system does. The help system of the platform would serve topics through its web application,
 * which is not part of this product; tables of contents and context help still come from it.
 */
public final class TopicContent {

	private TopicContent() {
	}

	/** @return the topic rendered as styled text, or empty when the href names no topic */
	public static Optional<RenderedTopic> render(String href, Locale locale) {
		Optional<URL> url = find(href, locale);
		if (url.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = url.get().openStream()) {
			return Optional.of(TopicRenderer.render(in));
		} catch (IOException e) {
			ILog.of(TopicContent.class).warn("help topic " + href + " cannot be read", e);
			return Optional.empty();
		}
	}

	static Optional<URL> find(String href, Locale locale) {
		String path = href.startsWith("/") ? href.substring(1) : href;
		int anchor = path.indexOf('#');
		if (anchor >= 0) {
			path = path.substring(0, anchor);
		}
		int slash = path.indexOf('/');
		if (slash < 0) {
			return Optional.empty();
		}
		Bundle bundle = Platform.getBundle(path.substring(0, slash));
		if (bundle == null) {
			return Optional.empty();
		}
		String file = path.substring(slash + 1);
		URL translated = bundle.getEntry("nl/" + locale.getLanguage() + "/" + file);
		return Optional.ofNullable(translated != null ? translated : bundle.getEntry(file));
	}
}
