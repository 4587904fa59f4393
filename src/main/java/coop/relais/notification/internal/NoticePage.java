package coop.relais.notification.internal;

import coop.relais.shared.paging.ResultPage;

/** One page of a person's notices, newest first, and how many of all their notices are unread. */
public record NoticePage(ResultPage<NoticeView> notices, long unread) {}
