/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ModelPackage;
import org.junit.jupiter.api.Test;

/**
 * The generated item providers, found through the registry of the extension point as the workbench
 * finds them: labels, property descriptors, and a command that can be undone.
 */
class ItemProvidersTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	@Test
	void hiddenCostsHaveLabelsPropertiesAndUndoableCommands() {
		AccountingYear year = ModelFactory.eINSTANCE.createAccountingYear();
		HiddenCost cost = ModelFactory.eINSTANCE.createHiddenCost();
		cost.setActivity("Volunteer time");
		cost.setEstimatedCost(BigDecimal.valueOf(1000));
		year.getHiddenCosts().add(cost);

		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(cost, IItemLabelProvider.class);
		assertEquals("Hidden Cost Volunteer time", labels.getText(cost));
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(cost, IItemPropertySource.class);
		List<String> names = properties.getPropertyDescriptors(cost).stream()
				.map(descriptor -> descriptor.getDisplayName(cost)).toList();
		assertTrue(names.containsAll(List.of("Activity", "Estimated Cost")), names.toString());
		IItemPropertyDescriptor estimate = properties.getPropertyDescriptor(cost, "estimatedCost");
		assertEquals(ModelPackage.Literals.HIDDEN_COST__ESTIMATED_COST, estimate.getFeature(cost));

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
		Command set = SetCommand.create(domain, cost, ModelPackage.Literals.HIDDEN_COST__ESTIMATED_COST,
				BigDecimal.valueOf(1200));
		domain.getCommandStack().execute(set);
		assertEquals(BigDecimal.valueOf(1200), cost.getEstimatedCost());
		domain.getCommandStack().undo();
		assertEquals(BigDecimal.valueOf(1000), cost.getEstimatedCost());
	}
}
