"""Bar charts of the key figures, drawn on the server as SVG (one chart per indicator)."""

from django.utils.translation import gettext as _

from regions.indicators import Indicator

WIDTH = 640
LABEL_WIDTH = 200
VALUE_WIDTH = 150
BAR_HEIGHT = 26
GAP = 10
TOP = 8


def bar_chart(indicator, label, regions, cells):
    """Bars of one indicator for every region that has it, longest = largest value."""
    bars = [(region, cell) for region, cell in zip(regions, cells, strict=True) if cell is not None]
    if not bars:
        return None
    largest = max(cell.value for _region, cell in bars) or 1
    scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / float(largest)
    items = []
    for position, (region, cell) in enumerate(bars):
        y = TOP + position * (BAR_HEIGHT + GAP)
        length = max(float(cell.value) * scale, 1.0)
        items.append(
            {
                "region": region.short_name or region.title,
                "value": cell.formatted,
                "year": cell.year,
                "y": y,
                "text_y": y + BAR_HEIGHT * 0.68,
                "width": round(length, 1),
                "value_x": round(LABEL_WIDTH + length + 8, 1),
            }
        )
    description = "; ".join(
        _("%(region)s: %(value)s (Stand %(year)s)")
        % {"region": item["region"], "value": item["value"], "year": item["year"]}
        for item in items
    )
    return {
        "id": f"chart-{indicator}",
        "title": label,
        "description": description,
        "bars": items,
        "width": WIDTH,
        "height": TOP * 2 + len(items) * (BAR_HEIGHT + GAP) - GAP,
        "label_x": LABEL_WIDTH - 8,
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
    }


def bar_charts(regions, rows):
    """A chart for every row of the comparison table that at least two regions have."""
    charts = []
    for row in rows:
        if sum(cell is not None for cell in row["cells"]) < 2:
            continue
        chart = bar_chart(row["indicator"], Indicator(row["indicator"]).label, regions, row["cells"])
        if chart:
            charts.append(chart)
    return charts
