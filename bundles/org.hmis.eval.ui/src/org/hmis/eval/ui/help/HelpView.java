/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.help.RenderedTopic.Emphasis;
import org.hmis.eval.ui.help.RenderedTopic.Span;

/**
 * The user guide inside the workbench: its contents on the left, the selected topic on the right.
 * Help > Help Contents and F1 (context help) open it through {@link WorkbenchHelpUI}.
 */
public final class HelpView extends ViewPart {

	public static final String ID = "org.hmis.eval.ui.views.help";

	private TreeViewer contents;
	private StyledText topic;
	private List<HelpNode> roots = List.of();

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		contents.setContentProvider(new NodeContentProvider());
		topic = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		topic.setMargins(12, 8, 12, 8);
		topic.setTabStops(new int[] { 320 });
		sash.setWeights(1, 3);
		contents.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof HelpNode node) {
				node.render(Locale.getDefault()).ifPresent(this::show);
			}
		});
		roots = HelpContents.roots();
		contents.setInput(roots);
		contents.expandToLevel(2);
		if (!roots.isEmpty()) {
			contents.setSelection(new StructuredSelection(roots.get(0)));
		}
	}

	/** Shows the topic of this href, selecting it in the contents when it is listed there. */
	public void showTopic(String href) {
		HelpContents.find(roots, href).ifPresentOrElse(node -> contents.setSelection(new StructuredSelection(node), true),
				() -> TopicContent.render(href, Locale.getDefault()).ifPresent(this::show));
	}

	/** Shows a context's description with its related topics; the first related topic is selected. */
	public void showContext(IContext context) {
		TopicBuilder page = new TopicBuilder();
		if (context.getText() != null) {
			page.text(context.getText()).block();
		}
		IHelpResource[] related = context.getRelatedTopics();
		if (related != null && related.length > 0) {
			page.emphasised(Messages.Help_related, Emphasis.HEADING).block();
			for (IHelpResource resource : related) {
				page.literal("\u2022 ").text(resource.getLabel()).line();
			}
		}
		contents.setSelection(StructuredSelection.EMPTY);
		show(page.build());
	}

	/** @return the text shown, for tests and screen readers */
	public String shownText() {
		return topic.getText();
	}

	/** @return the nodes of the contents */
	public List<HelpNode> roots() {
		return roots;
	}

	private void show(RenderedTopic rendered) {
		topic.setText(rendered.text());
		List<StyleRange> ranges = new ArrayList<>();
		for (Span span : rendered.spans()) {
			StyleRange range = new StyleRange();
			range.start = span.start();
			range.length = span.length();
			switch (span.emphasis()) {
			case TITLE -> range.font = JFaceResources.getHeaderFont();
			case HEADING -> range.font = JFaceResources.getBannerFont();
			case STRONG -> range.fontStyle = SWT.BOLD;
			case CODE -> range.font = JFaceResources.getTextFont();
			}
			ranges.add(range);
		}
		topic.setStyleRanges(ranges.toArray(StyleRange[]::new));
		topic.setTopIndex(0);
	}

	@Override
	public void setFocus() {
		contents.getControl().setFocus();
	}

	/** The tree of help nodes. */
	private static final class NodeContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((HelpNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((HelpNode) element).children().isEmpty();
		}
	}
}
