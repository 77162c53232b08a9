/** The calendar every host has: meetings booked in Parley, which block their time with or without a connection. */
export function BuiltInCalendarCard() {
  return (
    <li className="card calendar-card">
      <div className="calendar-head">
        <div>
          <h3 className="calendar-name">Parley calendar</h3>
          <span className="cell-sub">Built in · always on</span>
        </div>
        <span className="badge badge-success">Connected</span>
      </div>
      <p className="field-hint">
        Meetings booked in Parley block their time here even without any connection. Connect your own calendar
        too, so that its appointments keep visitors from booking you when you are busy.
      </p>
    </li>
  );
}
