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
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.Registers;
import org.junit.jupiter.api.Test;

/**
 * The generated item providers, found through the registry of the extension point as the workbench
 * finds them: labels, property descriptors, and a command that can be undone.
 */
class ItemProvidersTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	@Test
	void contractsHaveLabelsPropertiesAndUndoableCommands() {
		Registers registers = ModelFactory.eINSTANCE.createRegisters();
		Contract contract = ModelFactory.eINSTANCE.createContract();
		contract.setMemberId("M1");
		contract.setPremiumDue(BigDecimal.valueOf(1000));
		registers.getContracts().add(contract);

		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(contract, IItemLabelProvider.class);
		assertEquals("Contract M1", labels.getText(contract));
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(contract, IItemPropertySource.class);
		List<String> names = properties.getPropertyDescriptors(contract).stream()
				.map(descriptor -> descriptor.getDisplayName(contract)).toList();
		assertTrue(names.containsAll(List.of("Member Id", "Start Date", "Premium Due")), names.toString());
		IItemPropertyDescriptor premium = properties.getPropertyDescriptor(contract, "premiumDue");
		assertEquals(ModelPackage.Literals.CONTRACT__PREMIUM_DUE, premium.getFeature(contract));

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
		Command set = SetCommand.create(domain, contract, ModelPackage.Literals.CONTRACT__PREMIUM_DUE,
				BigDecimal.valueOf(1200));
		domain.getCommandStack().execute(set);
		assertEquals(BigDecimal.valueOf(1200), contract.getPremiumDue());
		domain.getCommandStack().undo();
		assertEquals(BigDecimal.valueOf(1000), contract.getPremiumDue());
	}
}
