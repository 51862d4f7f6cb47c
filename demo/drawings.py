"""The demo's pictures, drawn here so the demo uses no one's photo, logo or illustration.

pictures.yaml names a drawing and its settings for each picture; `draw(name, **settings)` returns the PNG.
"""

import io
import math

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont


def draw_plantar_fascia(width=1200, height=800):
    """A simple side view of a foot with the plantar fascia and the painful spot marked."""
    image = PILImage.new("RGB", (width, height), "#f4f7f8")
    draw = ImageDraw.Draw(image)
    skin, outline = "#f2c9a5", "#7a4b2a"
    # Lower leg, heel and forefoot as one outline (side view, toes to the right).
    foot = [
        (330, 60),
        (520, 60),
        (530, 420),
        (560, 470),
        (760, 520),
        (980, 560),
        (1090, 600),
        (1120, 650),
        (1090, 690),
        (900, 700),
        (640, 700),
        (420, 705),
        (300, 690),
        (250, 640),
        (255, 560),
        (300, 470),
        (320, 300),
    ]
    draw.polygon(foot, fill=skin, outline=outline, width=6)
    # Heel bone.
    draw.ellipse((290, 520, 470, 660), fill="#fbf3e6", outline="#b39b7a", width=4)
    # Plantar fascia: from the heel bone to the base of the toes.
    draw.line([(360, 662), (500, 675), (700, 672), (900, 660), (1050, 640)], fill="#e07b00", width=18, joint="curve")
    # The painful spot just in front of the heel.
    draw.ellipse((355, 630, 445, 700), outline="#c0001a", width=8)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 40)
    except OSError:
        font = ImageFont.load_default()
    draw.text((560, 730), "peesplaat", fill="#8a4b00", font=font)
    draw.line([(640, 728), (660, 685)], fill="#8a4b00", width=4)
    draw.text((120, 735), "pijnlijke plek", fill="#a00016", font=font)
    draw.text((700, 120), "hielspoor", fill="#1b1f23", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _font(size):
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default()


def _sky(draw, width, height, top, bottom):
    for y in range(height):
        t = y / height
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)


def draw_picture(key, width=1200, height=675):
    """Simple illustrations for the demo's news items, so the archive has pictures without borrowed photos."""
    image = PILImage.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    if key == "fietswiel":
        _sky(draw, width, height, (120, 180, 230), (235, 244, 250))
        draw.rectangle((0, 520, width, height), fill="#5b6168")
        draw.line([(0, 600), (width, 600)], fill="#ffffff", width=8)
        cx, cy, r = 600, 330, 220
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline="#1b1f23", width=26)
        for spoke in range(24):
            angle = 2 * math.pi * spoke / 24
            draw.line([(cx, cy), (cx + r * math.cos(angle), cy + r * math.sin(angle))], fill="#8a939b", width=3)
        draw.ellipse((cx - 28, cy - 28, cx + 28, cy + 28), fill="#c0001a")
    elif key == "atletiekbaan":
        draw.rectangle((0, 0, width, height), fill="#2f8f4e")
        for lane in range(6):
            top = 140 + lane * 70
            draw.rectangle((0, top, width, top + 70), fill="#c4452f")
            draw.line([(0, top), (width, top)], fill="#ffffff", width=5)
        draw.line([(0, 560), (width, 560)], fill="#ffffff", width=5)
        draw.text((80, 40), "1  2  3  4  5  6", fill="#ffffff", font=_font(56))
    elif key == "bergen":
        _sky(draw, width, height, (40, 110, 190), (200, 225, 245))
        for left, peak, right, shade in (
            (-100, (250, 180), 620, "#6b7a8a"),
            (380, (700, 110), 1080, "#56616e"),
            (800, (1050, 220), 1350, "#7d8b99"),
        ):
            draw.polygon([(left, height), peak, (right, height)], fill=shade)
            px, py = peak
            draw.polygon([(px - 90, py + 110), (px, py), (px + 90, py + 110), (px, py + 80)], fill="#ffffff")
        draw.rectangle((0, 600, width, height), fill="#f4f7f8")
    elif key == "vliegtuig":
        _sky(draw, width, height, (30, 90, 170), (170, 210, 240))
        for x, y, r in ((150, 560, 120), (330, 590, 150), (560, 570, 130), (800, 600, 160), (1050, 575, 140)):
            draw.ellipse((x - r, y - r // 2, x + r, y + r // 2), fill="#ffffff")
        draw.polygon([(0, 300), (900, 430), (960, 470), (0, 430)], fill="#d9dee3", outline="#7a848e")
        draw.polygon([(820, 418), (870, 330), (905, 335), (890, 436)], fill="#c0001a")
    elif key == "voetbalveld":
        draw.rectangle((0, 0, width, height), fill="#3f9b4f")
        for stripe in range(0, width, 150):
            draw.rectangle((stripe, 0, stripe + 75, height), fill="#46a857")
        draw.rectangle((60, 60, width - 60, height - 60), outline="#ffffff", width=8)
        draw.line([(width // 2, 60), (width // 2, height - 60)], fill="#ffffff", width=8)
        draw.ellipse(
            (width // 2 - 110, height // 2 - 110, width // 2 + 110, height // 2 + 110), outline="#ffffff", width=8
        )
        draw.rectangle((60, height // 2 - 160, 240, height // 2 + 160), outline="#ffffff", width=8)
        draw.ellipse((860, 420, 940, 500), fill="#ffffff", outline="#1b1f23", width=4)
    elif key == "racket":
        draw.rectangle((0, 0, width, height), fill="#2a6fb0")
        draw.line([(0, 470), (width, 470)], fill="#ffffff", width=10)
        draw.line([(600, 470), (600, height)], fill="#ffffff", width=8)
        draw.ellipse((380, 90, 700, 410), fill="#1b1f23")
        draw.ellipse((400, 110, 680, 390), fill="#3d4650")
        for hole in range(6):
            for row in range(6):
                x, y = 450 + hole * 36, 160 + row * 36
                if (x - 540) ** 2 + (y - 250) ** 2 < 120**2:
                    draw.ellipse((x - 8, y - 8, x + 8, y + 8), fill="#1b1f23")
        draw.line([(620, 380), (760, 600)], fill="#1b1f23", width=44)
        draw.ellipse((820, 150, 900, 230), fill="#d7e63a", outline="#9aa32a", width=4)
    elif key == "hardloopschoen":
        draw.rectangle((0, 0, width, height), fill="#e8f1fb")
        draw.rectangle((0, 520, width, height), fill="#c9d1d6")
        draw.polygon(
            [(260, 470), (380, 300), (560, 300), (640, 380), (900, 420), (980, 470), (960, 520), (260, 520)],
            fill="#1d5ea8",
        )
        draw.rectangle((250, 500, 990, 540), fill="#ffffff", outline="#1b1f23", width=4)
        for x in (420, 470, 520):
            draw.line([(x, 320), (x + 40, 400)], fill="#ffffff", width=8)
        draw.line([(560, 420), (900, 450)], fill="#ffbf47", width=12)
    elif key == "podium":
        draw.rectangle((0, 0, width, height), fill="#fff4e0")
        for x, top, number in ((300, 360, "2"), (500, 260, "1"), (700, 420, "3")):
            draw.rectangle((x, top, x + 200, 600), fill="#00565f")
            draw.text((x + 100, top + 60), number, fill="#ffffff", font=_font(96), anchor="mm")
        draw.rectangle((0, 600, width, height), fill="#c9d1d6")
    elif key == "wandelpad":
        _sky(draw, width, height, (120, 180, 230), (235, 244, 250))
        draw.polygon(
            [(0, 420), (300, 260), (620, 400), (900, 240), (1200, 380), (1200, height), (0, height)], fill="#6b9a5b"
        )
        draw.polygon([(560, height), (640, 470), (700, 430), (720, 440), (690, 480), (760, height)], fill="#d9c49a")
        draw.ellipse((980, 70, 1100, 190), fill="#ffbf47")
    elif key == "handbal":
        draw.rectangle((0, 0, width, height), fill="#f3d6b8")
        draw.rectangle((700, 150, 1100, 520), outline="#c0001a", width=16)
        for x in range(730, 1100, 45):
            draw.line([(x, 165), (x, 505)], fill="#9aa3ab", width=2)
        for y in range(190, 520, 45):
            draw.line([(715, y), (1085, y)], fill="#9aa3ab", width=2)
        draw.ellipse((260, 220, 460, 420), fill="#ffffff", outline="#1b1f23", width=6)
        draw.arc((260, 220, 460, 420), 200, 340, fill="#1d5ea8", width=10)
        draw.rectangle((0, 560, width, height), fill="#2a6fb0")
    elif key == "stopwatch":
        draw.rectangle((0, 0, width, height), fill="#e3f1f2")
        draw.ellipse((420, 150, 780, 510), fill="#ffffff", outline="#1b1f23", width=14)
        draw.rectangle((570, 100, 630, 150), fill="#1b1f23")
        draw.line([(600, 330), (600, 210)], fill="#c0001a", width=12)
        draw.line([(600, 330), (690, 380)], fill="#1b1f23", width=10)
        for step in range(12):
            angle = math.radians(step * 30)
            draw.line(
                [
                    (600 + 150 * math.cos(angle), 330 + 150 * math.sin(angle)),
                    (600 + 170 * math.cos(angle), 330 + 170 * math.sin(angle)),
                ],
                fill="#1b1f23",
                width=6,
            )
    elif key == "bureau":
        draw.rectangle((0, 0, width, height), fill="#f4f7f8")
        draw.rectangle((200, 400, 1000, 430), fill="#8a4b00")
        draw.line([(260, 430), (260, 640)], fill="#8a4b00", width=16)
        draw.line([(940, 430), (940, 640)], fill="#8a4b00", width=16)
        draw.rectangle((420, 200, 780, 390), fill="#1b1f23")
        draw.rectangle((440, 220, 760, 370), fill="#9fc5c9")
        draw.polygon([(380, 400), (820, 400), (860, 390), (340, 390)], fill="#5b6168")
        draw.rounded_rectangle((60, 300, 170, 560), radius=20, fill="#00565f")
        draw.line([(115, 560), (115, 640)], fill="#1b1f23", width=12)
    elif key == "eiffeltoren":
        _sky(draw, width, height, (240, 180, 130), (250, 230, 210))
        draw.polygon(
            [(600, 60), (640, 250), (760, 600), (680, 600), (600, 420), (520, 600), (440, 600), (560, 250)],
            fill="#4a3426",
        )
        draw.rectangle((520, 300, 680, 320), fill="#4a3426")
        draw.rectangle((480, 430, 720, 455), fill="#4a3426")
        draw.rectangle((0, 600, width, height), fill="#6b7a8a")
    elif key == "volleybal":
        _sky(draw, width, height, (120, 180, 230), (235, 244, 250))
        draw.rectangle((0, 520, width, height), fill="#e8c37a")
        draw.line([(160, 300), (1040, 300)], fill="#1b1f23", width=6)
        for x in range(160, 1040, 40):
            draw.line([(x, 300), (x, 420)], fill="#5b6168", width=2)
        draw.line([(160, 420), (1040, 420)], fill="#1b1f23", width=4)
        draw.line([(160, 280), (160, 560)], fill="#1b1f23", width=10)
        draw.line([(1040, 280), (1040, 560)], fill="#1b1f23", width=10)
        draw.ellipse((540, 120, 660, 240), fill="#ffffff", outline="#1b1f23", width=5)
        draw.arc((540, 120, 660, 240), 30, 150, fill="#ffbf47", width=10)
    elif key == "regenwolk":
        _sky(draw, width, height, (150, 170, 190), (220, 228, 235))
        draw.ellipse((720, 80, 900, 260), fill="#ffbf47")
        for x, y, r in ((420, 280, 120), (560, 240, 150), (720, 290, 110)):
            draw.ellipse((x - r, y - r, x + r, y + r), fill="#ffffff")
        draw.rectangle((300, 280, 830, 400), fill="#ffffff")
        for x in range(340, 820, 70):
            draw.line([(x, 430), (x - 30, 520)], fill="#1d5ea8", width=8)
    elif key == "rivier":
        _sky(draw, width, height, (170, 200, 230), (240, 245, 250))
        draw.rectangle((0, 380, width, height), fill="#3d7fa8")
        for y in range(420, height, 50):
            for x in range(0, width, 120):
                draw.arc((x, y, x + 100, y + 30), 200, 340, fill="#d7ecf7", width=4)
        draw.rectangle((0, 300, width, 330), fill="#a89b85")
        for x in range(100, width, 250):
            draw.pieslice((x, 300, x + 180, 480), 180, 360, fill="#a89b85")
            draw.pieslice((x + 20, 320, x + 160, 460), 180, 360, fill="#3d7fa8")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_wordmark(name, colour, symbol="bar", width=560, height=160):
    """A partner's stand-in logo: its name set as a wordmark with a small geometric sign, in its own colour.
    Not the organisation's own logo, which the demo may not use."""
    image = PILImage.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    if symbol == "star":
        centre, outer, inner = (64, 80), 46, 20
        points = []
        for step in range(10):
            radius = outer if step % 2 == 0 else inner
            angle = math.radians(-90 + step * 36)
            points.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
        draw.polygon(points, fill=colour)
    else:
        for offset, shade in ((0, colour), (30, "#7fa7d6")):
            draw.rounded_rectangle((24 + offset, 40, 48 + offset, 120), radius=10, fill=shade)
    font = _font(46)
    draw.text((128, 80), name, fill=colour, font=font, anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_monogram_portrait(initials, colour, size=600):
    """For a doctor without a photo: a calm monogram, the initials on a disc, instead of a drawn face."""
    image = PILImage.new("RGB", (size, size), "#eef3f4")
    draw = ImageDraw.Draw(image)
    draw.ellipse((60, 60, size - 60, size - 60), fill=colour)
    draw.text((size // 2, size // 2), initials, fill="#ffffff", font=_font(180), anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_exercise(pose, width=960, height=720):
    """A plain line drawing of an exercise pose: a stick figure, a step, a towel or a wall."""
    image = PILImage.new("RGB", (width, height), "#f4f7f8")
    draw = ImageDraw.Draw(image)
    ink, accent = "#1b1f23", "#00565f"
    floor = 620
    draw.line([(0, floor), (width, floor)], fill="#9aa3ab", width=6)

    def figure(x, heel_lift=0, one_leg=False, lean=0):
        hip = (x + lean // 2, 380 - heel_lift)
        draw.ellipse((x + lean - 40, 120 - heel_lift, x + lean + 40, 200 - heel_lift), outline=ink, width=8)
        draw.line([(x + lean, 200 - heel_lift), hip], fill=ink, width=10)
        draw.line([(x + lean, 250 - heel_lift), (x + lean + 90, 330 - heel_lift)], fill=ink, width=8)
        draw.line([hip, (x - 20, floor - heel_lift - 10)], fill=ink, width=10)
        if one_leg:
            draw.line([hip, (x + 60, 500 - heel_lift)], fill=ink, width=10)
            draw.line([(x + 60, 500 - heel_lift), (x + 20, 560 - heel_lift)], fill=ink, width=10)
        else:
            draw.line([hip, (x + 25, floor - heel_lift - 10)], fill=ink, width=10)
        draw.line([(x - 40, floor - 4), (x + 40, floor - heel_lift - 4)], fill=accent, width=12)

    if pose == 1:
        figure(480, heel_lift=40)
        draw.rectangle((600, 300, 640, floor), outline=accent, width=6)  # chair back to hold on to
    elif pose == 2:
        figure(480, heel_lift=40, one_leg=True)
        draw.rectangle((600, 300, 640, floor), outline=accent, width=6)
    elif pose == 3:
        draw.rectangle((330, 520, 640, floor), fill="#c9d1d6", outline=ink, width=4)  # the stair tread
        draw.line([(600, 520), (690, 560)], fill=accent, width=12)  # heel below the edge
        draw.line([(560, 190), (560, 400), (600, 515)], fill=ink, width=10)
        draw.ellipse((520, 110, 600, 190), outline=ink, width=8)
    elif pose == 4:
        draw.rectangle((260, 560, 760, floor), fill="#f2c9a5", outline="#7a4b2a", width=4)  # towel
        draw.polygon([(360, 540), (560, 540), (600, 575), (360, 580)], fill="#e8b894", outline=ink)  # foot
        draw.line([(300, 300), (360, 540)], fill=ink, width=12)
    else:
        draw.rectangle((780, 80, 820, floor), fill="#c9d1d6", outline=ink, width=4)  # the wall
        draw.line([(430, 420), (560, 240), (770, 250)], fill=ink, width=10)  # back and arms
        draw.ellipse((540, 150, 620, 230), outline=ink, width=8)
        draw.line([(430, 420), (300, floor - 10)], fill=ink, width=10)  # back leg, heel down
        draw.line([(430, 420), (600, floor - 10)], fill=ink, width=10)
    draw.text((40, 30), str(pose), fill=accent, font=_font(72))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# Anatomy drawings in the style of the plantar fascia: skin, bone, the structure that hurts in orange, the
# painful spot circled in red, and three labels (a heading, the structure, the painful spot).
SKIN, SKIN_LINE = "#f2c9a5", "#7a4b2a"
BONE, BONE_LINE = "#fbf3e6", "#b39b7a"
STRUCTURE, STRUCTURE_TEXT = "#e07b00", "#8a4b00"
PAIN, PAIN_TEXT = "#c0001a", "#a00016"
INK = "#1b1f23"


def _knee_front(draw):
    """A right knee from the front: thigh, kneecap, shin; pain around the kneecap."""
    draw.polygon(
        [(420, 40), (780, 40), (760, 330), (740, 430), (460, 430), (440, 330)], fill=SKIN, outline=SKIN_LINE, width=6
    )
    draw.polygon([(460, 430), (740, 430), (700, 780), (500, 780)], fill=SKIN, outline=SKIN_LINE, width=6)
    draw.rounded_rectangle((470, 250, 730, 440), radius=60, fill=BONE, outline=BONE_LINE, width=4)  # thigh bone
    draw.rounded_rectangle((490, 450, 710, 780), radius=40, fill=BONE, outline=BONE_LINE, width=4)  # shin bone
    draw.ellipse((530, 300, 670, 440), fill=STRUCTURE, outline=STRUCTURE_TEXT, width=5)  # kneecap
    draw.ellipse((500, 270, 700, 470), outline=PAIN, width=8)
    return {"structure": ((820, 340), (680, 370)), "pain": ((80, 360), (500, 380)), "heading": (60, 60)}


def _knee_side(draw):
    """A bent knee from the side: the tendon from the lower edge of the kneecap to the shin."""
    draw.polygon([(120, 260), (560, 200), (640, 300), (600, 420), (140, 430)], fill=SKIN, outline=SKIN_LINE, width=6)
    draw.polygon([(520, 360), (660, 300), (760, 760), (600, 780)], fill=SKIN, outline=SKIN_LINE, width=6)
    draw.ellipse((560, 230, 660, 350), fill=BONE, outline=BONE_LINE, width=4)  # kneecap
    draw.line([(630, 345), (660, 420), (680, 500)], fill=STRUCTURE, width=22, joint="curve")  # the tendon
    draw.ellipse((600, 320, 700, 420), outline=PAIN, width=8)
    return {"structure": ((800, 480), (685, 470)), "pain": ((760, 250), (690, 350)), "heading": (60, 60)}


def _groin(draw):
    """The front of the hips: pelvis, the inner thigh muscles from the pubic bone down the thigh."""
    draw.polygon(
        [(230, 120), (970, 120), (1010, 420), (900, 780), (300, 780), (190, 420)], fill=SKIN, outline=SKIN_LINE, width=6
    )
    draw.polygon(
        [(300, 220), (600, 330), (900, 220), (860, 380), (600, 430), (340, 380)], fill=BONE, outline=BONE_LINE, width=4
    )
    for side in (-1, 1):
        x = 600 + side * 40
        draw.polygon([(x, 420), (x + side * 60, 420), (600 + side * 230, 760), (600 + side * 160, 760)], fill=STRUCTURE)
    draw.ellipse((530, 370, 670, 470), outline=PAIN, width=8)
    return {"structure": ((860, 560), (790, 600)), "pain": ((60, 470), (530, 430)), "heading": (60, 40)}


def _lower_back(draw):
    """The back from behind: the spine, the long back muscles beside it, the painful lower back."""
    draw.polygon(
        [(330, 40), (870, 40), (900, 520), (960, 780), (240, 780), (300, 520)], fill=SKIN, outline=SKIN_LINE, width=6
    )
    for y in range(80, 700, 78):
        draw.rounded_rectangle((560, y, 640, y + 60), radius=12, fill=BONE, outline=BONE_LINE, width=4)
    for x in (470, 660):
        draw.rounded_rectangle((x, 100, x + 70, 700), radius=35, fill=STRUCTURE)
    draw.ellipse((420, 450, 780, 700), outline=PAIN, width=8)
    return {"structure": ((830, 240), (730, 300)), "pain": ((60, 600), (430, 580)), "heading": (60, 40)}


def _shoulder(draw):
    """A right shoulder from the front: the head of the upper arm, the tendon over it, the roof above."""
    draw.polygon(
        [(80, 260), (560, 230), (760, 250), (900, 360), (900, 780), (660, 780), (640, 470), (80, 470)],
        fill=SKIN,
        outline=SKIN_LINE,
        width=6,
    )
    draw.rounded_rectangle((670, 380, 830, 780), radius=60, fill=BONE, outline=BONE_LINE, width=4)  # upper arm
    draw.ellipse((650, 300, 850, 480), fill=BONE, outline=BONE_LINE, width=4)  # head of the upper arm
    draw.arc((630, 280, 870, 500), 190, 350, fill=STRUCTURE, width=26)  # the tendon over the head
    draw.rounded_rectangle((560, 232, 900, 272), radius=18, fill=BONE, outline=BONE_LINE, width=4)  # shoulder roof
    draw.line([(160, 300), (600, 262)], fill=BONE_LINE, width=26)  # collarbone
    draw.line([(160, 300), (600, 262)], fill=BONE, width=18)
    draw.ellipse((640, 250, 860, 400), outline=PAIN, width=8)
    return {"structure": ((900, 120), (820, 300)), "pain": ((80, 560), (650, 360)), "heading": (60, 40)}


def _elbow(draw):
    """A right arm bent at the elbow, seen from the outside: the forearm muscles start at the outer elbow."""
    draw.polygon([(80, 240), (560, 260), (640, 330), (620, 430), (80, 430)], fill=SKIN, outline=SKIN_LINE, width=6)
    draw.polygon([(520, 300), (640, 330), (1100, 330), (1120, 470), (600, 470)], fill=SKIN, outline=SKIN_LINE, width=6)
    draw.ellipse((540, 300, 650, 420), fill=BONE, outline=BONE_LINE, width=4)  # the bony outer elbow
    draw.polygon([(630, 340), (1000, 360), (1000, 420), (640, 400)], fill=STRUCTURE)  # the extensor muscles
    draw.ellipse((530, 290, 680, 430), outline=PAIN, width=8)
    return {"structure": ((760, 560), (820, 410)), "pain": ((60, 560), (560, 430)), "heading": (60, 60)}


def _shin(draw):
    """A lower leg from the front: the shinbone, pain along its inner edge in the lower part."""
    draw.polygon(
        [(430, 40), (770, 40), (760, 420), (700, 720), (720, 780), (480, 780), (500, 720), (440, 420)],
        fill=SKIN,
        outline=SKIN_LINE,
        width=6,
    )
    draw.rounded_rectangle((540, 60, 640, 760), radius=40, fill=BONE, outline=BONE_LINE, width=4)
    draw.rounded_rectangle((530, 380, 580, 700), radius=25, fill=STRUCTURE)  # the inner edge under strain
    draw.ellipse((480, 360, 630, 720), outline=PAIN, width=8)
    return {"structure": ((720, 150), (610, 200)), "pain": ((60, 560), (490, 560)), "heading": (60, 40)}


def _ankle(draw):
    """A right foot from the outside: the outer ankle bone and the ligaments that tear in a sprain."""
    draw.polygon(
        [
            (420, 40),
            (640, 40),
            (650, 420),
            (700, 470),
            (960, 540),
            (1120, 620),
            (1100, 700),
            (700, 710),
            (380, 700),
            (340, 640),
            (380, 460),
            (410, 300),
        ],
        fill=SKIN,
        outline=SKIN_LINE,
        width=6,
    )
    draw.ellipse((520, 360, 620, 460), fill=BONE, outline=BONE_LINE, width=4)  # outer ankle bone
    draw.line([(600, 450), (720, 500)], fill=STRUCTURE, width=18)  # ligament forward
    draw.line([(560, 460), (520, 590)], fill=STRUCTURE, width=18)  # ligament down to the heel
    draw.ellipse((500, 360, 760, 620), outline=PAIN, width=8)
    return {"structure": ((800, 360), (690, 480)), "pain": ((60, 740), (520, 610)), "heading": (60, 60)}


def _achilles(draw):
    """A lower leg and heel from the inside: the calf narrows into the tendon that runs to the heel bone."""
    draw.polygon(
        [
            (380, 40),
            (700, 40),
            (690, 260),
            (600, 470),
            (590, 560),
            (640, 610),
            (960, 650),
            (1110, 700),
            (1090, 760),
            (420, 760),
            (380, 690),
            (420, 560),
            (420, 420),
            (360, 250),
        ],
        fill=SKIN,
        outline=SKIN_LINE,
        width=6,
    )
    draw.ellipse((400, 610, 560, 740), fill=BONE, outline=BONE_LINE, width=4)  # heel bone
    draw.polygon([(390, 80), (600, 80), (570, 240), (490, 330), (440, 320), (385, 220)], fill="#e8a57a")  # calf muscle
    draw.line([(455, 320), (445, 480), (455, 615)], fill=STRUCTURE, width=26, joint="curve")  # the tendon
    draw.ellipse((370, 400, 530, 550), outline=PAIN, width=8)
    return {"structure": ((720, 420), (470, 450)), "pain": ((60, 260), (400, 420)), "heading": (760, 60)}


PARTS = {
    "achilles": _achilles,
    "knee_front": _knee_front,
    "knee_side": _knee_side,
    "groin": _groin,
    "lower_back": _lower_back,
    "shoulder": _shoulder,
    "elbow": _elbow,
    "shin": _shin,
    "ankle": _ankle,
}


def draw_anatomy(part, labels, width=1200, height=800):
    """The body part `part` (a key of PARTS), with its labels: heading, structure and pain."""
    image = PILImage.new("RGB", (width, height), "#f4f7f8")
    draw = ImageDraw.Draw(image)
    places = PARTS[part](draw)
    font = _font(40)
    draw.text(places["heading"], labels["heading"], fill=INK, font=font)
    for key, colour in (("structure", STRUCTURE_TEXT), ("pain", PAIN_TEXT)):
        (x, y), target = places[key]
        box = draw.textbbox((x, y), labels[key], font=font)
        draw.text((x, y), labels[key], fill=colour, font=font)
        # A short line from the label to what it names.
        start = (
            box[2] + 8 if target[0] > box[2] else box[0] - 8 if target[0] < box[0] else (box[0] + box[2]) // 2,
            (box[1] + box[3]) // 2,
        )
        draw.line([start, target], fill=colour, width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# Exercise poses as plain line drawings: the head, the limbs as lines through their joints, and what the
# exercise uses (a wall, a step, a mat, an elastic band) in the accent colour. Floor at y=620.
POSES = {
    "wall_sit": {
        "head": (510, 225),
        "limbs": [[(510, 265), (510, 430), (680, 430), (680, 610), (730, 610)], [(510, 300), (590, 370), (650, 420)]],
        "props": [("box", (420, 80, 460, 620))],
    },
    "step_down": {
        "head": (520, 150),
        "limbs": [
            [(520, 190), (520, 360), (560, 420), (520, 478)],
            [(520, 360), (600, 440), (650, 540)],
            [(520, 230), (600, 280), (670, 280)],
        ],
        "props": [("box", (330, 480, 600, 620))],
    },
    "bridge": {
        "head": (215, 560),
        "limbs": [[(255, 572), (520, 445), (650, 455), (700, 588)], [(265, 580), (430, 588)]],
        "props": [("mat", (140, 592, 860, 620))],
    },
    "side_leg_raise": {
        "head": (200, 520),
        "limbs": [[(240, 540), (500, 560), (810, 580)], [(500, 556), (790, 470)], [(250, 545), (330, 505), (380, 540)]],
        "props": [("mat", (140, 592, 860, 620))],
    },
    "chair_squat": {
        "head": (575, 225),
        "limbs": [
            [(555, 265), (470, 430), (620, 455), (600, 610), (660, 610)],
            [(545, 290), (650, 320), (740, 320)],
        ],
        "props": [("box", (300, 450, 470, 480)), ("box", (300, 480, 320, 620)), ("box", (450, 480, 470, 620))],
    },
    "knee_to_chest": {
        "head": (200, 560),
        "limbs": [[(240, 572), (480, 582), (420, 470), (530, 468)], [(280, 570), (380, 500), (425, 472)]],
        "props": [("mat", (140, 592, 860, 620))],
    },
    "cat_camel": {
        "head": (245, 455),
        "limbs": [
            [(300, 420), (460, 350), (620, 420)],
            [(300, 420), (300, 610)],
            [(620, 420), (620, 610), (800, 610)],
        ],
        "props": [("mat", (140, 612, 860, 620))],
    },
    "bird_dog": {
        "head": (330, 400),
        "limbs": [
            [(380, 420), (640, 420)],
            [(380, 420), (380, 610)],
            [(380, 420), (190, 395)],
            [(640, 420), (640, 610), (800, 610)],
            [(640, 420), (880, 400)],
        ],
        "props": [("mat", (140, 612, 900, 620))],
    },
    "band_rotation": {
        "head": (480, 150),
        "limbs": [
            [(480, 190), (480, 400), (440, 610)],
            [(480, 400), (520, 610)],
            [(480, 230), (440, 330), (445, 420)],
            [(480, 230), (530, 340), (680, 330)],
        ],
        "props": [("box", (230, 100, 260, 620)), ("band", [(680, 330), (260, 345)])],
    },
    "band_row": {
        "head": (440, 150),
        "limbs": [
            [(440, 190), (440, 400), (420, 610)],
            [(440, 400), (470, 610)],
            [(440, 235), (360, 300), (445, 305)],
        ],
        "props": [("box", (820, 100, 850, 620)), ("band", [(445, 305), (820, 300)])],
    },
    "arm_raise": {
        "head": (480, 150),
        "limbs": [
            [(480, 190), (480, 400), (440, 610)],
            [(480, 400), (520, 610)],
            [(480, 230), (300, 160)],
            [(480, 230), (660, 160)],
        ],
        "props": [("dot", (300, 160)), ("dot", (660, 160))],
    },
    "wall_slide": {
        "head": (600, 160),
        "limbs": [
            [(600, 200), (600, 410), (580, 610)],
            [(600, 410), (630, 610)],
            [(600, 240), (700, 220), (755, 110)],
        ],
        "props": [("box", (760, 40, 800, 620)), ("band", [(700, 222), (755, 112)])],
    },
}


def draw_pose(pose, width=960, height=720):
    """The exercise pose `pose` (a key of POSES); one picture may serve in several programmes."""
    image = PILImage.new("RGB", (width, height), "#f4f7f8")
    draw = ImageDraw.Draw(image)
    ink, accent = "#1b1f23", "#00565f"
    draw.line([(0, 620), (width, 620)], fill="#9aa3ab", width=6)
    shape = POSES[pose]
    for kind, where in shape["props"]:
        if kind == "box":
            draw.rectangle(where, fill="#c9d1d6", outline=ink, width=4)
        elif kind == "mat":
            draw.rectangle(where, fill="#9fc5c9")
        elif kind == "band":
            draw.line(where, fill=accent, width=10)
        elif kind == "dot":
            x, y = where
            draw.ellipse((x - 22, y - 22, x + 22, y + 22), fill=accent)
    for limb in shape["limbs"]:
        draw.line(limb, fill=ink, width=10, joint="curve")
    x, y = shape["head"]
    draw.ellipse((x - 40, y - 40, x + 40, y + 40), fill="#f4f7f8", outline=ink, width=8)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# Where a needle goes in on each drawing of PARTS that a treatment uses.
INJECTION_SITES = {"knee_side": (655, 375), "shoulder": (750, 300), "ankle": (640, 470)}


def _syringe(draw, x, y, liquid):
    """A syringe lying at an angle, its barrel filled with `liquid`, the needle to the lower left."""
    body = [(x, y), (x + 300, y - 170), (x + 340, y - 100), (x + 40, y + 70)]
    draw.polygon(body, fill="#ffffff", outline=INK)
    draw.polygon([(x + 20, y + 10), (x + 160, y - 70), (x + 190, y - 20), (x + 50, y + 60)], fill=liquid)
    draw.line([(x + 330, y - 140), (x + 420, y - 190)], fill=INK, width=14)  # plunger
    draw.line([(x + 390, y - 230), (x + 450, y - 150)], fill=INK, width=14)
    draw.line([(x + 20, y + 40), (x - 120, y + 120)], fill="#5b6168", width=6)  # needle


def draw_treatment(kind, labels, part="shoulder", width=1200, height=800):
    """A treatment in the style of the anatomy drawings: what is used, on a part of the body (for an injection,
    a key of PARTS), with its labels."""
    image = PILImage.new("RGB", (width, height), "#f4f7f8")
    draw = ImageDraw.Draw(image)
    font = _font(40)
    if kind == "shockwave":
        _ankle(draw)
        draw.rounded_rectangle((760, 150, 860, 470), radius=40, fill="#5b6168", outline=INK, width=4)  # the handpiece
        draw.ellipse((770, 440, 850, 520), fill=STRUCTURE)
        for radius in (60, 110, 160):
            draw.arc((810 - radius, 480 - radius, 810 + radius, 480 + radius), 120, 240, fill=PAIN, width=8)
        places = {"structure": (880, 240), "pain": (60, 740)}
    elif kind in ("injection", "prp"):
        PARTS[part](draw)
        # The needle's tip at the painful spot.
        tip_x, tip_y = INJECTION_SITES[part]
        _syringe(draw, tip_x + 120, tip_y - 120, "#f2d39b" if kind == "prp" else "#cfe6f5")
        if kind == "prp":
            draw.rounded_rectangle((1060, 430, 1120, 710), radius=20, fill="#ffffff", outline=INK, width=4)  # the tube
            draw.rectangle((1064, 570, 1116, 706), fill="#b3261e")
            draw.rectangle((1064, 510, 1116, 570), fill="#f2d39b")
        places = {"structure": (60, 700), "pain": (60, 740)}
    elif kind == "brace":
        _ankle(draw)
        draw.polygon(
            [(430, 180), (640, 180), (660, 520), (760, 560), (720, 640), (400, 640), (380, 500)], fill=STRUCTURE
        )
        for y in (260, 360, 460):
            draw.rectangle((420, y, 650, y + 26), fill="#8a4b00")
        places = {"structure": (760, 200), "pain": (60, 740)}
    else:  # insole, seen from above
        draw.ellipse((430, 110, 790, 470), fill=STRUCTURE)  # the forefoot
        draw.ellipse((480, 430, 720, 690), fill=STRUCTURE)  # the heel
        draw.polygon([(440, 330), (780, 330), (715, 560), (485, 560)], fill=STRUCTURE)
        draw.ellipse((530, 500, 670, 640), fill="#c27c00")  # the heel cup
        draw.polygon([(470, 360), (540, 330), (560, 520), (500, 540)], fill="#8a4b00")  # the arch support
        places = {"structure": (820, 380), "pain": (60, 740)}
    draw.text((60, 40), labels["heading"], fill=INK, font=font)
    draw.text(places["structure"], labels["structure"], fill=STRUCTURE_TEXT, font=font)
    if labels.get("pain"):
        draw.text(places["pain"], labels["pain"], fill=PAIN_TEXT, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


DRAWINGS = {
    "plantar_fascia": draw_plantar_fascia,
    "news": lambda scene: draw_picture(scene),
    "wordmark": draw_wordmark,
    "portrait": draw_monogram_portrait,
    "exercise": draw_exercise,
    "anatomy": draw_anatomy,
    "pose": draw_pose,
    "treatment": draw_treatment,
}


def draw(drawing, /, **settings):
    """The PNG of the drawing called `drawing` (a key of DRAWINGS) with the settings from pictures.yaml."""
    return DRAWINGS[drawing](**settings)
