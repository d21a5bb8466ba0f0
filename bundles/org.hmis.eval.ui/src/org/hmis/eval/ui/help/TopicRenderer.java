/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.hmis.eval.ui.help.RenderedTopic.Emphasis;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a help topic written in the small XHTML subset of the user guide (headings, paragraphs,
 * lists, tables, b/strong, code) into styled text. The workbench shows topics without a web
 * browser on purpose: SWT's browser needs WebKit, which an offline laptop may not have.
 * The parser refuses document types, so a topic cannot pull in external entities.
 */
public final class TopicRenderer {

	private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "table", "div");

	private TopicRenderer() {
	}

	public static RenderedTopic render(InputStream xhtml) throws IOException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			SAXParser parser = factory.newSAXParser();
			Handler handler = new Handler();
			parser.parse(xhtml, handler);
			return handler.builder.build();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("not a help topic: " + e.getMessage(), e);
		}
	}

	/** Walks the topic's body; the head (title) is left out, the first heading shows it. */
	private static final class Handler extends DefaultHandler {

		private final TopicBuilder builder = new TopicBuilder();
		private final Deque<Integer> listCounters = new ArrayDeque<>();
		private int headDepth;
		private int cellInRow;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
			case "head" -> headDepth++;
			case "h1" -> builder.block().open(Emphasis.TITLE);
			case "h2", "h3" -> builder.block().open(Emphasis.HEADING);
			case "b", "strong", "th" -> {
				if (localName.equals("th")) {
					cell();
				}
				builder.open(Emphasis.STRONG);
			}
			case "code" -> builder.open(Emphasis.CODE);
			case "ul" -> {
				builder.block();
				listCounters.push(0);
			}
			case "ol" -> {
				builder.block();
				listCounters.push(1);
			}
			case "li" -> listItem();
			case "tr" -> {
				builder.line();
				cellInRow = 0;
			}
			case "td" -> cell();
			case "br" -> builder.line();
			default -> {
				if (BLOCKS.contains(localName)) {
					builder.block();
				}
			}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
			case "head" -> headDepth--;
			case "h1", "h2", "h3" -> builder.close().block();
			case "b", "strong", "th", "code" -> builder.close();
			case "ul", "ol" -> {
				listCounters.pop();
				builder.block();
			}
			default -> {
				if (BLOCKS.contains(localName)) {
					builder.block();
				}
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (headDepth == 0) {
				builder.text(new String(ch, start, length));
			}
		}

		private void listItem() {
			builder.line();
			int counter = listCounters.isEmpty() ? 0 : listCounters.pop();
			if (counter == 0) {
				builder.literal("\u2022 ");
				listCounters.push(0);
			} else {
				builder.literal(counter + ". ");
				listCounters.push(counter + 1);
			}
		}

		private void cell() {
			if (cellInRow++ > 0) {
				builder.literal("\t");
			}
		}
	}
}
