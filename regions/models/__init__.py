from regions.models.pages import RegionIndexPage, RegionPage
from regions.models.related import HomeSlide, KeyFigure, MemberOrganisation

__all__ = ["HomeSlide", "KeyFigure", "MemberOrganisation", "RegionIndexPage", "RegionPage"]
