package io.closedloop.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A deployed BPMN or DMN file read as plain XML (no DOCTYPE, no external entities), walked element by element. */
final class ModelXml {

  private final Document document;

  private ModelXml(Document document) {
    this.document = document;
  }

  static ModelXml parse(byte[] content) throws InvalidXml {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return new ModelXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)));
    } catch (SAXException | IOException e) {
      throw new InvalidXml(e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  List<Element> elements() {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    List<Element> elements = new ArrayList<>(all.getLength());
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  /** The attributes of an element, without namespace declarations. */
  static List<Attr> attributes(Element element) {
    NamedNodeMap map = element.getAttributes();
    List<Attr> attributes = new ArrayList<>(map.getLength());
    for (int i = 0; i < map.getLength(); i++) {
      Attr attribute = (Attr) map.item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        attributes.add(attribute);
      }
    }
    return attributes;
  }

  static String localName(Node node) {
    return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
  }

  /** The text directly inside an element (not inside its children), trimmed. */
  static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString().strip();
  }

  /** The id a designer sees for an element: its own, or that of the nearest enclosing element that has one. */
  static String idOf(Element element) {
    for (Node node = element; node instanceof Element enclosing; node = node.getParentNode()) {
      if (!enclosing.getAttribute("id").isEmpty()) {
        return enclosing.getAttribute("id");
      }
    }
    return localName(element);
  }

  /** The file is not well-formed XML, or declares a DOCTYPE. */
  static final class InvalidXml extends Exception {
    InvalidXml(String message) {
      super(message);
    }
  }
}
