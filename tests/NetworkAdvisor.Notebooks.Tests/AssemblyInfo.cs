// The notebooks and scripts run as real processes that build and restore: one at a time on a two-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
