/**
 * The Tags report in the window: claims per tag (nested tags rolled up), per article, per outlet, and
 * tag co-occurrence, as tables that export to CSV. Open it with {@link org.stemma.ui.tags.TagsReportWindow}
 * over a {@link org.stemma.ui.tags.TagsReportViewModel} of the open project.
 */
package org.stemma.ui.tags;
