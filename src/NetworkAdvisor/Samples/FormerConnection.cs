using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>Someone the owner was connected to until a day before the export's date.</summary>
/// <param name="Connection">The connection as it was exported while it existed.</param>
/// <param name="RemovedOn">The first day without the connection (removed by either side or a closed account).</param>
internal sealed record FormerConnection(Connection Connection, DateOnly RemovedOn);
