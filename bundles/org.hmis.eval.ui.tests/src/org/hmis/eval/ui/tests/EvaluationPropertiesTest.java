/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;

/** The Properties view's source for an evaluation selected in the Evaluations view. */
class EvaluationPropertiesTest {

	@Test
	void vimoShowsItsStoreEntryProfileAndContents() throws Exception {
		ImportEvaluationJob imported = TestJobs.importExample("vimo");
		Map<String, Object> shown = shown(imported);
		assertEquals(imported.importedId(), shown.get("Store / Id"));
		assertEquals(System.getProperty("user.name"), shown.get("Store / Saved by"), "the store records who saved it");
		assertEquals("Rs", shown.get("Scheme / Currency"), shown.toString());
		assertTrue(String.valueOf(shown.get("Scheme / Payment System")).toLowerCase().contains("third"), shown.toString());
		assertEquals("[2006]", shown.get("Contents / Accounting years"));
		WorkbenchStore.get().delete(imported.importedId());
	}

	@Test
	void sucuraShowsItsCareProviders() throws Exception {
		ImportEvaluationJob imported = TestJobs.importExample("sucura");
		Map<String, Object> shown = shown(imported);
		assertEquals("Health Centre X, Hospital Y", shown.get("Contents / Care providers"), shown.toString());
		assertEquals("7", shown.get("Contents / Service categories"));
		WorkbenchStore.get().delete(imported.importedId());
	}

	private static Map<String, Object> shown(ImportEvaluationJob imported) throws Exception {
		StoredEvaluation stored = WorkbenchStore.get().list().stream()
				.filter(entry -> entry.id().equals(imported.importedId())).findFirst().orElseThrow();
		IPropertySource source = Adapters.adapt(stored, IPropertySource.class);
		assertNotNull(source, "the adapter factory is registered for StoredEvaluation");
		Map<String, Object> shown = new HashMap<>();
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			shown.put(descriptor.getCategory() + " / " + descriptor.getDisplayName(), source.getPropertyValue(descriptor.getId()));
		}
		return shown;
	}
}
