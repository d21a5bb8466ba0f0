/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.TextColumns;

/**
 * Every table of the evaluation in one place: the evaluation's tree (scheme and its lists, years
 * and their tables, registers, qualitative tables) and the properties of the selected object. New
 * Child, Delete and every property change are EMF commands on the editor's stack, so Edit > Undo
 * takes any of them back and File > Save stores them with the accounts.
 */
public final class ModelPage {

	private final AdapterFactoryEditingDomain domain;
	private final TreeViewer tree;
	private final TableViewer properties;

	ModelPage(Composite parent, AdapterFactoryEditingDomain domain, Evaluation evaluation, Consumer<String> status) {
		this.domain = domain;
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new ItemTreeContentProvider(domain.getAdapterFactory()));
		tree.setLabelProvider(new ItemLabels(domain.getAdapterFactory(), JFaceResources.getResources()));
		tree.setInput(new Object[] { evaluation });
		tree.expandToLevel(2);
		properties = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		properties.getTable().setHeaderVisible(true);
		properties.getTable().setLinesVisible(true);
		TextColumns.add(properties, PropertyRow.class, Messages.EvaluationEditor_columnProperty, 220, PropertyRow::name,
				row -> !row.isEditable());
		TableViewerColumn value = TextColumns.add(properties, PropertyRow.class, Messages.EvaluationEditor_columnValue,
				360, PropertyRow::valueText);
		value.setEditingSupport(new PropertyValueEditing(properties, this::set, status));
		TableViewerEditor.create(properties, new ColumnViewerEditorActivationStrategy(properties),
				ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		properties.setContentProvider(ArrayContentProvider.getInstance());
		sash.setWeights(2, 3);
		tree.addSelectionChangedListener(event -> showProperties());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
	}

	Composite control() {
		return tree.getControl().getParent();
	}

	/** Selects an object of the evaluation in the tree, revealing it. */
	public void select(EObject object) {
		tree.setSelection(new StructuredSelection(object), true);
	}

	/** @return the properties of the selected object, as the page lists them */
	public List<PropertyRow> rows() {
		Object input = properties.getInput();
		return input == null ? List.of() : ((List<?>) input).stream().map(PropertyRow.class::cast).toList();
	}

	/** Sets a property as an undoable command; {@link PropertyValueEditing#NULL} clears it. */
	public void set(PropertyRow row, Object value) {
		Object newValue = value == PropertyValueEditing.NULL ? null : value;
		execute(SetCommand.create(domain, row.owner(), row.feature(), newValue));
	}

	/** @return the objects New Child can add under {@code owner}, each as the command that adds it */
	public List<Command> newChildCommands(EObject owner) {
		List<Command> commands = new ArrayList<>();
		Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
		for (Object descriptor : descriptors) {
			Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			if (command.canExecute()) {
				commands.add(command);
			}
		}
		return commands;
	}

	public void delete(EObject object) {
		execute(DeleteCommand.create(domain, List.of(object)));
	}

	/** Shows the model again after the command stack changed (an edit, undo or redo). */
	void refresh() {
		if (!tree.getControl().isDisposed()) {
			tree.refresh();
			showProperties();
		}
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void showProperties() {
		Object selected = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		List<PropertyRow> rows = new ArrayList<>();
		if (selected instanceof EObject object) {
			IItemPropertySource source = (IItemPropertySource) domain.getAdapterFactory().adapt(object,
					IItemPropertySource.class);
			if (source != null) {
				for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
					rows.add(new PropertyRow(object, descriptor));
				}
			}
		}
		properties.setInput(rows);
	}

	private void fillMenu(IMenuManager menu) {
		Object selected = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		if (!(selected instanceof EObject object)) {
			return;
		}
		MenuManager children = new MenuManager(Messages.EvaluationEditor_newChild);
		for (Command command : newChildCommands(object)) {
			children.add(new Action(command.getLabel()) {
				@Override
				public void run() {
					execute(command);
					command.getAffectedObjects().stream().filter(EObject.class::isInstance).findFirst()
							.ifPresent(created -> select((EObject) created));
				}
			});
		}
		menu.add(children);
		if (object.eContainer() != null) {
			menu.add(new Action(Messages.EvaluationEditor_delete) {
				@Override
				public void run() {
					delete(object);
				}
			});
		}
	}
}
