package dev.autoprofile.hibernate;

import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * A listener on PERSIST, PERSIST_ONFLUSH and MERGE. Hibernate calls the overload with a context
 * for cascades; AutoProfile handles a cascaded save as any other, so both reach one method.
 */
abstract class SaveEventListener extends AutoProfileEventListener implements PersistEventListener, MergeEventListener {

  SaveEventListener(UserTypes users) {
    super(users);
  }

  @Override
  public final void onPersist(PersistEvent event, PersistContext createdAlready) {
    onPersist(event);
  }

  @Override
  public final void onMerge(MergeEvent event, MergeContext copiedAlready) {
    onMerge(event);
  }
}
