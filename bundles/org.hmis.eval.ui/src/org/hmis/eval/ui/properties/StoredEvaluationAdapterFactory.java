/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.views.properties.IPropertySource;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.store.WorkbenchStore;

/** Lets the Properties view describe an evaluation selected in the Evaluations view. */
public final class StoredEvaluationAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adaptable instanceof StoredEvaluation stored && adapterType == IPropertySource.class) {
			try {
				return adapterType.cast(new EvaluationPropertySource(stored, WorkbenchStore.get().load(stored.id())));
			} catch (StoreException e) {
				ILog.of(getClass()).error("cannot read " + stored.id() + " for the Properties view", e);
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
