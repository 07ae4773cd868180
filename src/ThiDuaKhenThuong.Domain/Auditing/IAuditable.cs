namespace ThiDuaKhenThuong.Domain.Auditing;

/// <summary>
/// Marks an entity whose every change (who, when, what) is written to the change log and shown on its page.
/// The log is written by a SaveChanges interceptor, so no handler can forget it.
/// </summary>
public interface IAuditable;
