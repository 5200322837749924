"""The app's icon for its windows, read from the bundled PNGs.

The PNGs are rendered from the SVG by ``tools/render_icons.py``; reading
them needs no SVG icon plug-in, so the standalone bundle can leave Qt's
``iconengines`` out and still show the icon.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .. import resources
from ..desktop_entry import ICON_SIZES, icon_png_asset


def app_icon() -> QIcon:
    """Every size of the icon in one QIcon, so each place picks a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(resources.read_bytes(icon_png_asset(size)), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def render_svg(svg: bytes, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` × ``size`` image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image
