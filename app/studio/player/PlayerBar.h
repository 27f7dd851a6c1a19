#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace studio {
namespace i18n {
class Retranslator;
}

class Document;
class PlayerController;

// The animation controls under the canvas: jump/step/play buttons, a scrub
// slider over the whole trace, the position, the speed and the breakpoints.
class PlayerBar : public QWidget {
    Q_OBJECT

public:
    PlayerBar(Document* document, PlayerController* player, QWidget* parent = nullptr);

    QSlider* slider() const { return slider_; }
    QComboBox* speedBox() const { return speed_; }

private:
    void showPosition();
    QToolButton* breakpointButton();

    Document* document_;
    PlayerController* player_;
    QSlider* slider_;
    QLabel* positionLabel_;
    QComboBox* speed_;
    i18n::Retranslator* texts_;
};

} // namespace studio
