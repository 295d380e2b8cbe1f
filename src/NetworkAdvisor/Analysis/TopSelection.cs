namespace NetworkAdvisor.Analysis;

/// <summary>
/// The first few items of an ordering without sorting them all: what <c>OrderBy(...).Take(n)</c> gives (items that
/// compare equal keep their order), but each item is compared only with the few kept so far, so costly keys such as
/// names are computed only on ties.
/// </summary>
internal static class TopSelection
{
    /// <summary>The first <paramref name="count"/> of <paramref name="items"/> in <paramref name="order"/>, stable.</summary>
    public static List<T> Top<T>(IEnumerable<T> items, Comparison<T> order, int count)
    {
        var top = new List<T>(count + 1);
        if (count <= 0)
        {
            return top;
        }

        foreach (var item in items)
        {
            if (top.Count == count && order(item, top[^1]) >= 0)
            {
                continue;
            }

            // After every kept item that is not after this one, so equal items stay in the order they came.
            var at = top.Count;
            while (at > 0 && order(item, top[at - 1]) < 0)
            {
                at--;
            }

            top.Insert(at, item);
            if (top.Count > count)
            {
                top.RemoveAt(count);
            }
        }

        return top;
    }
}
