using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

public sealed class FieldPoolTests
{
    public static TheoryData<string> Values => new()
    {
        string.Empty,
        "a",
        "ab",
        "abc",
        "abcd",
        "abcde",
        "Zoë Müller",
        "2026-06-24 12:43:42 UTC",
        "https://www.linkedin.com/in/faye-volkman-17fc73f3",
        new string('x', 96),
        new string('y', 97),
        "😀 emoji \uD83D",
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_comes_back_as_it_was_given_and_a_repeat_is_the_same_instance_when_pooled(string value)
    {
        var pool = new FieldPool();

        var first = pool.Get(0, value.AsSpan());
        var again = pool.Get(0, value.AsSpan());

        Assert.Equal(value, first);
        Assert.Equal(value, again);
        Assert.Equal(value.Length is > 0 and <= 96, ReferenceEquals(first, again) && value.Length > 0);
    }

    [Fact]
    public void Values_that_share_slots_or_columns_never_come_back_as_another_value()
    {
        // Far more distinct values than slots, repeated in a random order over several columns: every answer must
        // be the value asked for, whatever was in its slot before.
        var random = new Random(8);
        var values = Enumerable.Range(0, 20_000).Select(i => "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var pool = new FieldPool();
        for (var i = 0; i < 200_000; i++)
        {
            // Mostly a few hundred hot values, so the columns stay pooled, sometimes any of the 20,000.
            var value = values[random.Next(10) == 0 ? random.Next(values.Length) : random.Next(300)];
            var column = random.Next(4);

            Assert.Equal(value, pool.Get(column, value.AsSpan()));
        }
    }

    [Fact]
    public void A_column_of_distinct_values_stops_being_pooled_and_others_go_on()
    {
        var pool = new FieldPool();
        for (var i = 0; i < 4_096; i++)
        {
            pool.Get(0, ("distinct-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsSpan());
            pool.Get(1, "repeated".AsSpan());
        }

        Assert.NotSame(pool.Get(0, "again".AsSpan()), pool.Get(0, "again".AsSpan()));
        Assert.Same(pool.Get(1, "repeated".AsSpan()), pool.Get(1, "repeated".AsSpan()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000)]
    [InlineData(100_000_000)]
    public void A_column_that_stopped_being_pooled_is_sampled_again_in_the_next_part(long fileBytes)
    {
        var pool = FieldPool.For(fileBytes);
        for (var i = 0; i < 4_096; i++)
        {
            pool.Get(0, ("distinct-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsSpan());
            pool.Get(1, "repeated".AsSpan());
        }

        Assert.NotSame(pool.Get(0, "name".AsSpan()), pool.Get(0, "name".AsSpan()));
        var kept = pool.Get(1, "repeated".AsSpan());

        pool.StartPart();

        Assert.Same(pool.Get(0, "name".AsSpan()), pool.Get(0, "name".AsSpan()));
        Assert.Same(kept, pool.Get(1, "repeated".AsSpan()));
    }

    [Fact]
    public void A_value_stays_pooled_when_one_other_value_takes_its_slot()
    {
        // Two slots per set: whichever value comes next (a few of these 8,000 fall in the same set as "Ada"), "Ada" is
        // still the same instance afterwards. With one slot per set those few push it out (checked: the test then fails).
        var pushedOut = Enumerable.Range(0, 8_000).Select(i => "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(other =>
        {
            var pool = new FieldPool();
            var ada = pool.Get(0, "Ada".AsSpan());
            pool.Get(0, other.AsSpan());
            return !ReferenceEquals(ada, pool.Get(0, "Ada".AsSpan()));
        });

        Assert.Empty(pushedOut);
    }
}
