/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.LegalRecognitionStage;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;

/**
 * What the Properties view shows for an evaluation selected in the Evaluations view: where it is
 * stored, the scheme's profile as the model's item providers describe it, and what the evaluation
 * holds (years, registers, legal recognition). Read-only: evaluations are edited in the editor.
 */
public final class EvaluationPropertySource implements IPropertySource {

	private final Map<String, Object> values = new LinkedHashMap<>();
	private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

	public EvaluationPropertySource(StoredEvaluation stored, Evaluation evaluation) {
		add(Messages.Properties_stored, Messages.Properties_id, stored.id());
		add(Messages.Properties_stored, Messages.Properties_savedAt, stored.savedAt());
		if (stored.savedBy() != null) {
			add(Messages.Properties_stored, Messages.Properties_savedBy, stored.savedBy());
		}
		if (evaluation.getScheme() != null) {
			ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
			try {
				IItemPropertySource scheme = (IItemPropertySource) factory.adapt(evaluation.getScheme(), IItemPropertySource.class);
				if (scheme != null) {
					for (IItemPropertyDescriptor descriptor : scheme.getPropertyDescriptors(evaluation.getScheme())) {
						Object value = descriptor.getPropertyValue(evaluation.getScheme());
						IItemLabelProvider label = descriptor.getLabelProvider(evaluation.getScheme());
						add(Messages.Properties_scheme, descriptor.getDisplayName(evaluation.getScheme()),
								label == null ? value : label.getText(value));
					}
				}
			} finally {
				factory.dispose();
			}
		}
		if (evaluation.getScheme() != null && !evaluation.getScheme().getProviders().isEmpty()) {
			add(Messages.Properties_contents, Messages.Properties_providers, String.join(", ",
					evaluation.getScheme().getProviders().stream().map(Provider::getName).toList()));
		}
		if (evaluation.getScheme() != null && !evaluation.getScheme().getServiceCategories().isEmpty()) {
			add(Messages.Properties_contents, Messages.Properties_categories,
					evaluation.getScheme().getServiceCategories().size());
		}
		add(Messages.Properties_contents, Messages.Properties_years,
				evaluation.getYears().stream().map(AccountingYear::getYear).map(String::valueOf).toList());
		Registers registers = evaluation.getRegisters();
		if (registers != null && registers.getTables() != null) {
			RegisterTables tables = registers.getTables();
			add(Messages.Properties_contents, Messages.Properties_contracts, tables.contracts().size());
			add(Messages.Properties_contents, Messages.Properties_beneficiaries, tables.beneficiaries().size());
			add(Messages.Properties_contents, Messages.Properties_claims, tables.claims().size());
		}
		long met = evaluation.getLegalRecognition().stream().filter(LegalRecognitionStage::isMet).count();
		if (!evaluation.getLegalRecognition().isEmpty()) {
			add(Messages.Properties_contents, Messages.Properties_legalRecognition, met + " / 5");
		}
	}

	private void add(String category, String name, Object value) {
		String id = category + "/" + name;
		PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
		descriptor.setCategory(category);
		descriptors.add(descriptor);
		values.put(id, value == null ? "" : String.valueOf(value));
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return values.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only.
	}
}
